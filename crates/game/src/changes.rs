//! What a frame changed, for the page to draw: entities spawned, changed and destroyed, models not
//! sent before, the texts when they changed, sounds to play, the camera when it moved.

use serde::{Deserialize, Serialize};

use crate::collide::Aabb;
use crate::world::{EntityId, ModelId, Sound, TextId};

/// A model's triangles, sent to the page once and drawn by every entity that uses it.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct ModelMesh {
    pub id: ModelId,
    /// `x, y, z` of each vertex, Y up.
    pub positions: Vec<f32>,
    /// Three vertex indices a triangle, counter-clockwise seen from outside.
    pub indices: Vec<u32>,
}

impl ModelMesh {
    /// The box around the vertices (a unit cube around the origin for an empty mesh).
    pub fn bounds(&self) -> Aabb {
        let mut points = self
            .positions
            .as_chunks::<3>()
            .0
            .iter()
            .map(|p| glam::Vec3::from_array(*p));
        let Some(first) = points.next() else {
            return Aabb {
                min: glam::Vec3::splat(-0.5),
                max: glam::Vec3::splat(0.5),
            };
        };
        let (min, max) = points.fold((first, first), |(min, max), p| (min.min(p), max.max(p)));
        Aabb { min, max }
    }
}

/// An entity as the page draws it.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct EntityState {
    pub id: EntityId,
    pub model: ModelId,
    pub position: [f32; 3],
    /// Degrees about X, Y and Z.
    pub rotation: [f32; 3],
    pub scale: [f32; 3],
    pub colour: [u8; 3],
    pub visible: bool,
}

/// A text on the screen: `position` from the top left corner, in fractions of the game's width and
/// height (0 to 1).
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct TextState {
    pub id: TextId,
    pub text: String,
    pub position: [f32; 2],
    /// In fractions of the game's height (0.05 is a twentieth).
    pub size: f32,
    pub colour: [u8; 3],
    pub visible: bool,
}

/// Where the camera is and what it looks at.
#[derive(Debug, Clone, Copy, PartialEq, Serialize, Deserialize)]
pub struct CameraState {
    pub position: [f32; 3],
    pub target: [f32; 3],
    /// Vertical field of view, in degrees.
    pub fov: f32,
}

/// What changed since the last frame was handed over.
#[derive(Debug, Clone, PartialEq, Default, Serialize, Deserialize)]
pub struct FrameChanges {
    /// The frame's number, from 1.
    pub frame: u32,
    /// Models to keep, before the entities that use them.
    pub models: Vec<ModelMesh>,
    pub spawned: Vec<EntityState>,
    /// Entities (already drawn) whose state changed.
    pub changed: Vec<EntityState>,
    pub destroyed: Vec<EntityId>,
    /// All the texts, when any of them changed.
    pub texts: Option<Vec<TextState>>,
    pub sounds: Vec<Sound>,
    pub camera: Option<CameraState>,
}

impl FrameChanges {
    /// Nothing to draw: the page need not redraw.
    pub fn is_empty(&self) -> bool {
        self.models.is_empty()
            && self.spawned.is_empty()
            && self.changed.is_empty()
            && self.destroyed.is_empty()
            && self.texts.is_none()
            && self.sounds.is_empty()
            && self.camera.is_none()
    }
}
