//! Colours for `solid.color(...)` and `show(..., color=...)`.

use rustpython_vm::builtins::PyStr;
use rustpython_vm::function::ArgIntoFloat;
use rustpython_vm::{PyObjectRef, PyResult, VirtualMachine};

/// Colours by name, in English and in Latvian (both genders), as on a paint box.
const COLOURS: &[(&[&str], [u8; 3])] = &[
    (&["red", "sarkans", "sarkana"], [0xd6, 0x45, 0x45]),
    (&["orange", "oranžs", "oranža"], [0xf0, 0x8c, 0x2e]),
    (&["yellow", "dzeltens", "dzeltena"], [0xf2, 0xc9, 0x3b]),
    (&["green", "zaļš", "zaļa"], [0x4c, 0xa6, 0x4c]),
    (&["teal", "zilganzaļš", "zilganzaļa"], [0x3f, 0x9f, 0x93]),
    (&["blue", "zils", "zila"], [0x3d, 0x7b, 0xd9]),
    (&["navy", "tumšzils", "tumšzila"], [0x24, 0x3b, 0x73]),
    (&["purple", "violets", "violeta"], [0x8e, 0x5c, 0xc2]),
    (&["pink", "rozā"], [0xec, 0x8f, 0xb5]),
    (&["brown", "brūns", "brūna"], [0x8b, 0x5a, 0x3c]),
    (&["white", "balts", "balta"], [0xf4, 0xf4, 0xf0]),
    (&["grey", "gray", "pelēks", "pelēka"], [0x9a, 0x9e, 0xa3]),
    (&["black", "melns", "melna"], [0x2b, 0x2b, 0x2e]),
    (&["gold", "zeltains", "zeltaina"], [0xd4, 0xaf, 0x37]),
    (&["silver", "sudrabains", "sudrabaina"], [0xc0, 0xc4, 0xc8]),
];

/// A colour from a name (`"red"`, `"zils"`), `"#rrggbb"`, or `(r, g, b)` from 0 to 255.
pub(crate) fn colour_of(value: PyObjectRef, vm: &VirtualMachine) -> PyResult<[u8; 3]> {
    if let Some(text) = value.downcast_ref::<PyStr>() {
        let name = text.to_string_lossy().trim().to_lowercase();
        if let Some(hex) = name.strip_prefix('#')
            && hex.len() == 6
            && let Ok(rgb) = u32::from_str_radix(hex, 16)
        {
            return Ok([(rgb >> 16) as u8, (rgb >> 8) as u8, rgb as u8]);
        }
        return COLOURS
            .iter()
            .find(|(names, _)| names.contains(&name.as_str()))
            .map(|(_, rgb)| *rgb)
            .ok_or_else(|| {
                vm.new_value_error(format!(
                    "unknown colour \"{name}\": use a name like \"red\" or \"sarkans\", \"#ff8800\", or (255, 136, 0)"
                ))
            });
    }
    let parts: Vec<ArgIntoFloat> = value.try_into_value(vm).map_err(|_| {
        vm.new_type_error("a colour is a name like \"red\", \"#ff8800\", or (255, 136, 0)")
    })?;
    match ArgIntoFloat::vec_into_f64(parts)[..] {
        [r, g, b] if [r, g, b].iter().all(|c| (0.0..=255.0).contains(c)) => {
            Ok([r.round() as u8, g.round() as u8, b.round() as u8])
        }
        _ => Err(vm.new_value_error("a colour (r, g, b) needs three numbers from 0 to 255")),
    }
}
