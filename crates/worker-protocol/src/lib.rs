//! The messages between the page and the Python worker, and their one encoding.
//!
//! Both sides speak only [`ToWorker`] and [`FromWorker`]. A message crosses as a [`Wire`]: its JSON
//! text and, beside it, the binary buffers it carries (a model's mesh, an exported file), which the
//! browser moves to the other side instead of copying them (transferables). [`Message::encode`]
//! takes the buffers out of a message and [`Message::decode`] puts them back, checking that each
//! is there and of the right kind; `web.rs` (feature `web`) turns a `Wire` into a JavaScript value
//! and back. A message that cannot be decoded is a [`DecodeError`]: the worker answers it with
//! [`FromWorker::Unreadable`], and the page ends the run with a text that says so.
//!
//! A game is set up by a `Run` and then played by `Frame`s: the page sends one (the time step and
//! the keys), the worker plays it and answers with what changed (`FromWorker::Frame`), the models'
//! meshes beside the JSON. The page sends the next only after the answer: never more than one
//! frame in flight.

use darbnica_api::python::{CheckReport, ExportFormat, ModelInfo, RunOutcome, RunRequest, Stream};
pub use darbnica_game::FrameChanges;
use serde::{Deserialize, Serialize};

#[cfg(feature = "web")]
pub mod web;

/// Changed whenever a message changes shape. The worker says its version in
/// [`FromWorker::Ready`]; a page from before a new release (still open in a tab) that gets a worker
/// of another version knows at once, and asks the user to reload, instead of misreading it.
pub const PROTOCOL_VERSION: u32 = 3;

/// A message from the page to the Python worker.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(tag = "type", rename_all = "snake_case")]
pub enum ToWorker {
    Run {
        id: u32,
        request: Box<RunRequest>,
    },
    /// Play a frame of the game run `game` set up: `dt` seconds went by, `held` keys are down,
    /// `pressed` were pressed since the last frame (the game's key names: `left`, `space`, `a`…).
    Frame {
        game: u32,
        dt: f32,
        held: Vec<String>,
        pressed: Vec<String>,
    },
    /// Make a file of the model the page shows.
    Export {
        id: u32,
        format: ExportFormat,
        /// Travels beside the JSON, as two buffers.
        #[serde(skip)]
        mesh: MeshBuffers,
    },
}

/// A message from the Python worker to the page.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(tag = "type", rename_all = "snake_case")]
pub enum FromWorker {
    /// The runtime is set up and waits for runs.
    Ready { protocol: u32 },
    /// Output of run `id`, in the order it was written.
    Output {
        id: u32,
        stream: Stream,
        text: String,
    },
    /// A run ended.
    Done(Box<RunDone>),
    /// A frame of a game was played.
    Frame(Box<FrameDone>),
    /// The run going on asked for more memory than its budget (`Limits::memory_mib`). The worker
    /// sends this instead of crashing and waits to be terminated: nothing can go on from inside a
    /// refused allocation. The page stops it and reports `RunOutcome::MemoryLimit`.
    MemoryLimit,
    /// Export `id` is made: the file's bytes beside the JSON, as one buffer; or, in `error`, why
    /// not (for developers).
    Exported {
        id: u32,
        error: Option<String>,
        #[serde(skip)]
        bytes: Vec<u8>,
    },
    /// The worker got a message it could not read (a page and a worker of different releases, or
    /// a bug): what was wrong, for developers. The page ends what it waited for.
    Unreadable { error: String },
}

/// How run `id` ended; `report` is what its checks found, when it had checks and got to them.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct RunDone {
    pub id: u32,
    pub outcome: RunOutcome,
    pub report: Option<CheckReport>,
    /// What a modelling script made (its sliders and the model's size).
    pub model: Option<Box<ModelInfo>>,
    /// The model's mesh, when it has one: beside the JSON, as two buffers.
    #[serde(skip)]
    pub mesh: Option<MeshBuffers>,
    /// When the worker posted it (milliseconds since the epoch), for the page's measure of the
    /// transfer (`cargo xtask bench sandbox`).
    pub posted_at: Option<f64>,
    /// Where the worker's time went (milliseconds), for `cargo xtask bench sandbox`.
    pub spent: Option<RunSpent>,
}

/// The worker's share of a run, in milliseconds.
#[derive(Debug, Clone, Copy, PartialEq, Serialize, Deserialize)]
pub struct RunSpent {
    /// The program, its checks included (and, for a modelling script, making its solids).
    pub program_ms: f64,
    /// Building the model's mesh from the solids shown (the booleans).
    pub model_ms: f64,
    /// Copying the mesh into the buffers posted to the page.
    pub buffers_ms: f64,
}

/// A frame of game `game`: what changed, to draw; or, in `ended`, why the game is over (an error
/// in `update()`, a frame past its time limit). The models' meshes travel beside the JSON, two
/// buffers a model, in order.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct FrameDone {
    pub game: u32,
    pub changes: FrameChanges,
    pub ended: Option<RunOutcome>,
    /// How long the worker took to play the frame (milliseconds), for `cargo xtask bench game`.
    pub update_ms: Option<f64>,
}

/// A model's mesh: x, y, z per vertex (millimetres, Z up) and three vertex indices per triangle.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct MeshBuffers {
    pub positions: Vec<f32>,
    pub indices: Vec<u32>,
}

/// A binary buffer that travels beside a message's JSON.
#[derive(Debug, Clone, PartialEq)]
pub enum Buffer {
    F32(Vec<f32>),
    U32(Vec<u32>),
    U8(Vec<u8>),
}

impl Buffer {
    fn kind(&self) -> &'static str {
        match self {
            Buffer::F32(_) => "Float32Array",
            Buffer::U32(_) => "Uint32Array",
            Buffer::U8(_) => "Uint8Array",
        }
    }
}

/// A message as it crosses between page and worker: its JSON and its buffers, in order.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct Wire {
    pub json: String,
    pub buffers: Vec<Buffer>,
}

/// Why a message could not be read.
#[derive(Debug, Clone, PartialEq)]
pub enum DecodeError {
    /// Not `{json, buffers}` (a stray message, or one of an older release).
    NotAMessage,
    /// The JSON is not a message this release knows.
    Json(String),
    /// The buffers beside the JSON are not the ones the message carries.
    Buffers { expected: String, found: String },
}

impl std::fmt::Display for DecodeError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            DecodeError::NotAMessage => f.write_str("not a worker message ({json, buffers})"),
            DecodeError::Json(error) => write!(f, "unreadable message: {error}"),
            DecodeError::Buffers { expected, found } => {
                write!(
                    f,
                    "the message needs buffers [{expected}], came with [{found}]"
                )
            }
        }
    }
}

impl std::error::Error for DecodeError {}

/// A message that crosses between page and worker.
pub trait Message: Sized + Serialize + serde::de::DeserializeOwned {
    /// Moves the buffers out of the message, in the order [`Message::put_buffers`] expects them.
    fn take_buffers(&mut self) -> Vec<Buffer>;

    /// Puts the buffers that came beside the JSON back into the message.
    fn put_buffers(&mut self, buffers: Vec<Buffer>) -> Result<(), DecodeError>;

    fn encode(mut self) -> Wire {
        let buffers = self.take_buffers();
        Wire {
            // Serialising these plain types cannot fail: maps have string keys, floats are
            // written as null when not finite.
            json: serde_json::to_string(&self).unwrap_or_default(),
            buffers,
        }
    }

    fn decode(wire: Wire) -> Result<Self, DecodeError> {
        let mut message: Self = serde_json::from_str(&wire.json)
            .map_err(|error| DecodeError::Json(error.to_string()))?;
        message.put_buffers(wire.buffers)?;
        Ok(message)
    }
}

impl Message for ToWorker {
    fn take_buffers(&mut self) -> Vec<Buffer> {
        match self {
            ToWorker::Run { .. } | ToWorker::Frame { .. } => Vec::new(),
            ToWorker::Export { mesh, .. } => std::mem::take(mesh).into_buffers(),
        }
    }

    fn put_buffers(&mut self, buffers: Vec<Buffer>) -> Result<(), DecodeError> {
        match self {
            ToWorker::Run { .. } | ToWorker::Frame { .. } => expect_none(buffers),
            ToWorker::Export { mesh, .. } => {
                *mesh = MeshBuffers::from_buffers(buffers)?;
                Ok(())
            }
        }
    }
}

impl Message for FromWorker {
    fn take_buffers(&mut self) -> Vec<Buffer> {
        match self {
            FromWorker::Done(done) => done
                .mesh
                .take()
                .map_or_else(Vec::new, MeshBuffers::into_buffers),
            FromWorker::Exported { bytes, .. } => vec![Buffer::U8(std::mem::take(bytes))],
            FromWorker::Frame(frame) => frame
                .changes
                .models
                .iter_mut()
                .flat_map(|model| {
                    MeshBuffers {
                        positions: std::mem::take(&mut model.positions),
                        indices: std::mem::take(&mut model.indices),
                    }
                    .into_buffers()
                })
                .collect(),
            FromWorker::Ready { .. }
            | FromWorker::Output { .. }
            | FromWorker::MemoryLimit
            | FromWorker::Unreadable { .. } => Vec::new(),
        }
    }

    fn put_buffers(&mut self, buffers: Vec<Buffer>) -> Result<(), DecodeError> {
        match self {
            FromWorker::Done(done) => {
                done.mesh = match buffers.is_empty() {
                    true => None,
                    false => Some(MeshBuffers::from_buffers(buffers)?),
                };
                Ok(())
            }
            FromWorker::Exported { bytes, .. } => match <[Buffer; 1]>::try_from(buffers) {
                Ok([Buffer::U8(file)]) => {
                    *bytes = file;
                    Ok(())
                }
                Ok(buffers) => Err(wrong_buffers("Uint8Array", &buffers)),
                Err(buffers) => Err(wrong_buffers("Uint8Array", &buffers)),
            },
            FromWorker::Frame(frame) => {
                let models = &mut frame.changes.models;
                if buffers.len() != models.len() * 2 {
                    let expected = vec!["Float32Array, Uint32Array"; models.len()].join(", ");
                    return Err(wrong_buffers(&expected, &buffers));
                }
                let mut buffers = buffers.into_iter();
                for model in models.iter_mut() {
                    let pair = buffers.by_ref().take(2).collect();
                    let mesh = MeshBuffers::from_buffers(pair)?;
                    model.positions = mesh.positions;
                    model.indices = mesh.indices;
                }
                Ok(())
            }
            FromWorker::Ready { .. }
            | FromWorker::Output { .. }
            | FromWorker::MemoryLimit
            | FromWorker::Unreadable { .. } => expect_none(buffers),
        }
    }
}

impl MeshBuffers {
    fn into_buffers(self) -> Vec<Buffer> {
        vec![Buffer::F32(self.positions), Buffer::U32(self.indices)]
    }

    fn from_buffers(buffers: Vec<Buffer>) -> Result<MeshBuffers, DecodeError> {
        const EXPECTED: &str = "Float32Array, Uint32Array";
        match <[Buffer; 2]>::try_from(buffers) {
            Ok([Buffer::F32(positions), Buffer::U32(indices)]) => {
                Ok(MeshBuffers { positions, indices })
            }
            Ok(buffers) => Err(wrong_buffers(EXPECTED, &buffers)),
            Err(buffers) => Err(wrong_buffers(EXPECTED, &buffers)),
        }
    }

    pub fn vertex_count(&self) -> usize {
        self.positions.len() / 3
    }
}

fn expect_none(buffers: Vec<Buffer>) -> Result<(), DecodeError> {
    match buffers.is_empty() {
        true => Ok(()),
        false => Err(wrong_buffers("", &buffers)),
    }
}

fn wrong_buffers(expected: &str, found: &[Buffer]) -> DecodeError {
    DecodeError::Buffers {
        expected: expected.to_owned(),
        found: found
            .iter()
            .map(Buffer::kind)
            .collect::<Vec<_>>()
            .join(", "),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use darbnica_api::python::{Limits, ModelPart};

    fn round_trip<M: Message + Clone + PartialEq + std::fmt::Debug>(message: M) {
        let wire = message.clone().encode();
        assert_eq!(M::decode(wire).unwrap(), message);
    }

    fn mesh() -> MeshBuffers {
        MeshBuffers {
            positions: vec![0.0, 0.0, 0.0, 1.0, 0.0, 0.0, 0.0, 1.5, -2.25],
            indices: vec![0, 1, 2],
        }
    }

    #[test]
    fn every_message_to_the_worker_comes_back_the_same() {
        let mut request = RunRequest::new("print(input())");
        request.stdin = vec!["Anna".into()];
        request.seed = Some(42);
        request.params.insert("height".into(), 12.5);
        request.limits = Limits {
            time_ms: 900,
            ..Limits::default()
        };
        round_trip(ToWorker::Run {
            id: 7,
            request: Box::new(request),
        });
        for format in ExportFormat::ALL {
            round_trip(ToWorker::Export {
                id: 8,
                format,
                mesh: mesh(),
            });
        }
    }

    #[test]
    fn every_message_from_the_worker_comes_back_the_same() {
        round_trip(FromWorker::Ready {
            protocol: PROTOCOL_VERSION,
        });
        round_trip(FromWorker::Output {
            id: 1,
            stream: Stream::Stderr,
            text: "ā, ē — \u{1F600}\n".into(),
        });
        round_trip(FromWorker::Done(Box::new(RunDone {
            id: 2,
            outcome: RunOutcome::Finished,
            report: None,
            model: None,
            mesh: None,
            posted_at: None,
            spent: None,
        })));
        let model = ModelInfo {
            shown: 1,
            triangles: 1,
            vertices: 3,
            parts: vec![ModelPart {
                end: 1,
                colour: Some([1, 2, 3]),
            }],
            ..Default::default()
        };
        round_trip(FromWorker::Done(Box::new(RunDone {
            id: 3,
            outcome: RunOutcome::TimeLimit { limit_ms: 5000 },
            report: None,
            model: Some(Box::new(model)),
            mesh: Some(mesh()),
            posted_at: Some(1_765_000_000_000.5),
            spent: Some(RunSpent {
                program_ms: 12.5,
                model_ms: 30.25,
                buffers_ms: 0.5,
            }),
        })));
        round_trip(FromWorker::MemoryLimit);
        round_trip(FromWorker::Exported {
            id: 4,
            error: None,
            bytes: b"solid\0binary".to_vec(),
        });
        round_trip(FromWorker::Exported {
            id: 5,
            error: Some("too many triangles".into()),
            bytes: Vec::new(),
        });
        round_trip(FromWorker::Unreadable {
            error: "unknown variant".into(),
        });
        round_trip(FromWorker::Frame(Box::new(game_frame())));
        round_trip(FromWorker::Frame(Box::new(FrameDone {
            game: 9,
            changes: FrameChanges::default(),
            ended: Some(RunOutcome::TimeLimit { limit_ms: 1000 }),
            update_ms: Some(2.5),
        })));
    }

    /// A frame with two new models and an entity of each.
    fn game_frame() -> FrameDone {
        let mut world = darbnica_game::World::new();
        let cube = world.add_model(mesh().positions, mesh().indices);
        let ball = world.add_model(vec![0.5; 6], vec![0, 1, 1]);
        for model in [cube, ball] {
            world
                .spawn(darbnica_game::Entity::new(model))
                .expect("room");
        }
        world.add_text(darbnica_game::Text::new("Score: 3".into()));
        world.begin_frame(0.016, ["right".to_owned()].into(), Vec::new());
        world.end_frame();
        FrameDone {
            game: 7,
            changes: world.take_changes(),
            ended: None,
            update_ms: None,
        }
    }

    #[test]
    fn a_frames_models_travel_as_buffers_in_order() {
        let wire = FromWorker::Frame(Box::new(game_frame())).encode();
        assert_eq!(wire.buffers.len(), 4);
        assert_eq!(wire.buffers[0], Buffer::F32(mesh().positions));
        assert_eq!(wire.buffers[3], Buffer::U32(vec![0, 1, 1]));
        assert!(!wire.json.contains("0.5"), "the meshes are not in the JSON");
        let mut short = wire.clone();
        short.buffers.pop();
        assert_eq!(
            FromWorker::decode(short).unwrap_err().to_string(),
            "the message needs buffers [Float32Array, Uint32Array, Float32Array, Uint32Array], \
             came with [Float32Array, Uint32Array, Float32Array]"
        );
        round_trip(ToWorker::Frame {
            game: 7,
            dt: 0.016,
            held: vec!["left".into(), "space".into()],
            pressed: vec!["space".into()],
        });
    }

    #[test]
    fn buffers_travel_beside_the_json_not_in_it() {
        let wire = ToWorker::Export {
            id: 1,
            format: ExportFormat::Stl,
            mesh: mesh(),
        }
        .encode();
        assert_eq!(wire.json, r#"{"type":"export","id":1,"format":"stl"}"#);
        assert_eq!(
            wire.buffers,
            vec![Buffer::F32(mesh().positions), Buffer::U32(mesh().indices)]
        );
    }

    #[test]
    fn a_message_without_its_buffers_or_with_others_is_an_error_that_names_them() {
        let mut wire = ToWorker::Export {
            id: 1,
            format: ExportFormat::Glb,
            mesh: mesh(),
        }
        .encode();
        wire.buffers.reverse();
        let error = ToWorker::decode(wire).unwrap_err();
        assert_eq!(
            error.to_string(),
            "the message needs buffers [Float32Array, Uint32Array], came with [Uint32Array, \
             Float32Array]"
        );
        let bare = Wire {
            json: r#"{"type":"exported","id":3}"#.into(),
            buffers: Vec::new(),
        };
        assert!(matches!(
            FromWorker::decode(bare),
            Err(DecodeError::Buffers { .. })
        ));
        let extra = Wire {
            json: r#"{"type":"memory_limit"}"#.into(),
            buffers: vec![Buffer::U8(vec![1])],
        };
        assert!(FromWorker::decode(extra).is_err());
    }

    #[test]
    fn unknown_or_malformed_json_is_an_error_not_a_panic() {
        for json in [
            "",
            "null",
            "[]",
            r#"{"type":"fly"}"#,
            r#"{"type":"run","id":-1}"#,
            r#"{"type":"run","id":1}"#,
            "{\"type\":\"run\",\"id\":1,\"request\":{\"source\":\"\u{0}\"",
        ] {
            let wire = Wire {
                json: json.into(),
                buffers: Vec::new(),
            };
            assert!(
                matches!(ToWorker::decode(wire), Err(DecodeError::Json(_))),
                "{json}"
            );
        }
    }
}
