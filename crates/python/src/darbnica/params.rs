//! `param(...)`: a parameter the page shows as a slider (a number), a checkbox (`True`/`False`) or
//! a dropdown (a text with `choices`). The run gets the value chosen on the page, brought within
//! range, or the default.

use std::collections::BTreeMap;

use darbnica_api::python::{ModelParam, ParamChoice, ParamKind};
use rustpython_vm::builtins::{PyBool, PyDict, PyDictRef, PyStr};
use rustpython_vm::function::{ArgIntoFloat, Either};
use rustpython_vm::{FromArgs, PyObjectRef, PyResult, VirtualMachine};

use super::scene::Scene;

/// Most parameters one script may declare.
const MAX_PARAMS: usize = 50;
/// Most options one dropdown may have.
const MAX_CHOICES: usize = 50;

#[derive(FromArgs)]
pub(super) struct ParamArgs {
    #[pyarg(any)]
    name: String,
    #[pyarg(any)]
    default: PyObjectRef,
    #[pyarg(any, optional)]
    min: Option<ArgIntoFloat>,
    #[pyarg(any, optional)]
    max: Option<ArgIntoFloat>,
    #[pyarg(any, optional)]
    step: Option<ArgIntoFloat>,
    #[pyarg(any, optional)]
    label: Option<Either<String, PyDictRef>>,
    #[pyarg(named, optional)]
    choices: Option<PyObjectRef>,
}

/// Declares the parameter in `scene` and gives the value this run uses: a `bool` for a checkbox,
/// the chosen text for a dropdown, an `int` or a `float` (as the default was) for a slider.
pub(super) fn declare(
    scene: &mut Scene,
    args: ParamArgs,
    vm: &VirtualMachine,
) -> PyResult<PyObjectRef> {
    let mut param = param_of(args, vm)?;
    let name = &param.name;
    if scene.params.iter().any(|known| known.name == *name) {
        return Err(vm.new_value_error(format!(
            "param(\"{name}\") is declared twice: each parameter needs its own name"
        )));
    }
    if scene.params.len() >= MAX_PARAMS {
        return Err(vm.new_value_error(format!(
            "a model may declare at most {MAX_PARAMS} parameters"
        )));
    }
    param.value = chosen_value(&param, &scene.values);
    let value = match param.kind {
        ParamKind::Toggle => vm.ctx.new_bool(param.value >= 0.5).into(),
        ParamKind::Choice => vm
            .ctx
            .new_str(param.choices[param.value as usize].value.as_str())
            .into(),
        ParamKind::Number if param.integer => vm.ctx.new_int(param.value as i64).into(),
        ParamKind::Number => vm.ctx.new_float(param.value).into(),
    };
    scene.params.push(param);
    Ok(value)
}

/// The value a run uses: the chosen one brought within range, or the default.
fn chosen_value(param: &ModelParam, values: &BTreeMap<String, f64>) -> f64 {
    values
        .get(&param.name)
        .copied()
        .filter(|value| value.is_finite())
        .map_or(param.default, |value| {
            let value = value.clamp(param.min, param.max);
            if param.integer { value.round() } else { value }
        })
}

/// `"Height"` (both languages) or `{"lv": "Augstums", "en": "Height"}`.
fn texts(
    value: Option<Either<String, PyDictRef>>,
    vm: &VirtualMachine,
) -> PyResult<BTreeMap<String, String>> {
    let mut texts = BTreeMap::new();
    match value {
        Some(Either::A(text)) => {
            texts.insert("lv".to_owned(), text.clone());
            texts.insert("en".to_owned(), text);
        }
        Some(Either::B(dict)) => {
            for (language, text) in dict.items_vec() {
                texts.insert(language.try_into_value(vm)?, text.try_into_value(vm)?);
            }
        }
        None => {}
    }
    Ok(texts)
}

/// A dropdown's options: `["spiral", "waves"]`, or labelled,
/// `{"spiral": {"lv": "Spirāle", "en": "Spiral"}, ...}`.
fn choices_of(value: PyObjectRef, vm: &VirtualMachine) -> PyResult<Vec<ParamChoice>> {
    if let Ok(dict) = value.clone().downcast::<PyDict>() {
        return dict
            .items_vec()
            .into_iter()
            .map(|(value, label)| {
                Ok(ParamChoice {
                    value: value.try_into_value(vm)?,
                    label: texts(Some(label.try_into_value(vm)?), vm)?,
                })
            })
            .collect();
    }
    let values: Vec<String> = value.try_into_value(vm)?;
    Ok(values
        .into_iter()
        .map(|value| ParamChoice {
            value,
            label: BTreeMap::new(),
        })
        .collect())
}

/// Reads `param(...)`'s arguments into a parameter (its value still the default), or says what
/// is wrong with them.
fn param_of(args: ParamArgs, vm: &VirtualMachine) -> PyResult<ModelParam> {
    let name = args.name;
    let label = texts(args.label, vm)?;
    let bad = |message: String| Err(vm.new_value_error(format!("param(\"{name}\"): {message}")));
    let default = &args.default;
    // A toggle or a choice: a whole number from 0 to its last option.
    let whole = |kind: ParamKind, default: f64, max: f64, choices: Vec<ParamChoice>| ModelParam {
        name: name.clone(),
        kind,
        default,
        min: 0.0,
        max,
        step: Some(1.0),
        label: label.clone(),
        integer: true,
        value: default,
        choices,
    };
    if default.downcast_ref::<PyBool>().is_some() {
        let on = default.clone().try_to_bool(vm)?;
        return Ok(whole(
            ParamKind::Toggle,
            if on { 1.0 } else { 0.0 },
            1.0,
            Vec::new(),
        ));
    }
    if let Some(text) = default.downcast_ref::<PyStr>() {
        let Some(choices) = args.choices else {
            return bad("a text default needs choices=[...] to choose from".to_owned());
        };
        let choices = choices_of(choices, vm)?;
        let Some(index) = choices
            .iter()
            .position(|choice| choice.value == text.to_string_lossy())
        else {
            return bad(format!(
                "the default \"{}\" must be one of the choices",
                text.to_string_lossy()
            ));
        };
        if choices.len() > MAX_CHOICES {
            return bad(format!("at most {MAX_CHOICES} choices"));
        }
        let last = (choices.len() - 1) as f64;
        return Ok(whole(ParamKind::Choice, index as f64, last, choices));
    }
    let (default, integer) = match default
        .clone()
        .try_into_value::<Either<i64, ArgIntoFloat>>(vm)
    {
        Ok(Either::A(whole)) => (whole as f64, true),
        Ok(Either::B(number)) => (number.into_float(), false),
        Err(_) => {
            return bad(
                "the default must be a number, True/False, or text with choices".to_owned(),
            );
        }
    };
    let (Some(min), Some(max)) = (args.min, args.max) else {
        return bad("a number needs a min and a max: param(name, default, min, max)".to_owned());
    };
    let (min, max) = (min.into_float(), max.into_float());
    let step = args.step.map(ArgIntoFloat::into_float);
    if !(min.is_finite() && max.is_finite() && default.is_finite()) || min > max {
        return bad("min and max must be numbers with min ≤ max".to_owned());
    }
    if !(min..=max).contains(&default) {
        return bad(format!(
            "the default {default} must be between {min} and {max}"
        ));
    }
    if step.is_some_and(|step| !(step > 0.0 && step.is_finite())) {
        return bad("step must be a number above 0".to_owned());
    }
    Ok(ModelParam {
        name,
        kind: ParamKind::Number,
        default,
        min,
        max,
        step,
        label,
        integer,
        value: default,
        choices: Vec::new(),
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    fn slider(integer: bool) -> ModelParam {
        ModelParam {
            name: "h".into(),
            kind: ParamKind::Number,
            default: 10.0,
            min: 5.0,
            max: 20.0,
            step: None,
            label: BTreeMap::new(),
            integer,
            value: 10.0,
            choices: Vec::new(),
        }
    }

    #[test]
    fn a_chosen_value_is_brought_within_range_and_rounded_for_whole_numbers() {
        let chosen = |param: &ModelParam, value: f64| {
            chosen_value(param, &BTreeMap::from([("h".to_owned(), value)]))
        };
        assert_eq!(chosen(&slider(false), 7.25), 7.25);
        assert_eq!(chosen(&slider(false), 99.0), 20.0);
        assert_eq!(chosen(&slider(false), -3.0), 5.0);
        assert_eq!(chosen(&slider(true), 7.6), 8.0);
        assert_eq!(chosen(&slider(false), f64::NAN), 10.0);
        assert_eq!(chosen_value(&slider(false), &BTreeMap::new()), 10.0);
    }
}
