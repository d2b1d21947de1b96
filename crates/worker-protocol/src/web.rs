//! A [`Wire`] as a JavaScript value, `{json, buffers}`, with the buffers' memory transferred (moved
//! to the other side, not copied) when it is posted. The one place that touches the message's
//! JavaScript shape.

use js_sys::{Array, Float32Array, Object, Reflect, Uint8Array, Uint32Array};
use wasm_bindgen::{JsCast as _, JsValue};

use crate::{Buffer, DecodeError, Message, Wire};

/// The value to post and the list of its buffers to transfer.
pub struct Posting {
    pub value: JsValue,
    pub transfer: Array,
}

/// `message` as a value to post: `{json, buffers}`.
pub fn to_js(message: impl Message) -> Posting {
    let wire = message.encode();
    let buffers = Array::new();
    let transfer = Array::new();
    for buffer in &wire.buffers {
        let array: JsValue = match buffer {
            Buffer::F32(values) => Float32Array::from(values.as_slice()).into(),
            Buffer::U32(values) => Uint32Array::from(values.as_slice()).into(),
            Buffer::U8(values) => Uint8Array::from(values.as_slice()).into(),
        };
        if let Ok(memory) = Reflect::get(&array, &"buffer".into()) {
            transfer.push(&memory);
        }
        buffers.push(&array);
    }
    let value = Object::new();
    // Setting a property on a fresh plain object cannot fail.
    let _ = Reflect::set(&value, &"json".into(), &JsValue::from_str(&wire.json));
    let _ = Reflect::set(&value, &"buffers".into(), &buffers);
    Posting {
        value: value.into(),
        transfer,
    }
}

/// The message in a posted value, or why it is not one.
pub fn from_js<M: Message>(value: &JsValue) -> Result<M, DecodeError> {
    let field = |name: &str| Reflect::get(value, &name.into()).ok();
    if !value.is_object() {
        return Err(DecodeError::NotAMessage);
    }
    let json = field("json")
        .and_then(|json| json.as_string())
        .ok_or(DecodeError::NotAMessage)?;
    let buffers = match field("buffers") {
        Some(list) if Array::is_array(&list) => Array::from(&list)
            .iter()
            .map(|item| buffer_of(&item))
            .collect::<Result<Vec<_>, _>>()?,
        _ => return Err(DecodeError::NotAMessage),
    };
    M::decode(Wire { json, buffers })
}

fn buffer_of(value: &JsValue) -> Result<Buffer, DecodeError> {
    if let Some(array) = value.dyn_ref::<Float32Array>() {
        Ok(Buffer::F32(array.to_vec()))
    } else if let Some(array) = value.dyn_ref::<Uint32Array>() {
        Ok(Buffer::U32(array.to_vec()))
    } else if let Some(array) = value.dyn_ref::<Uint8Array>() {
        Ok(Buffer::U8(array.to_vec()))
    } else {
        Err(DecodeError::Buffers {
            expected: "typed arrays".to_owned(),
            found: value
                .js_typeof()
                .as_string()
                .unwrap_or_else(|| "something else".to_owned()),
        })
    }
}
