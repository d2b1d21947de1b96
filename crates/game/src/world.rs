//! The world: entities, models, the clock, the keys, the camera, texts and sounds, and what changed.

use std::collections::{BTreeMap, BTreeSet};

use glam::Vec3;
use serde::{Deserialize, Serialize};

use crate::changes::{CameraState, EntityState, FrameChanges, ModelMesh, TextState};
use crate::collide::{Aabb, Collider, Shape};
use crate::{MAX_DT, MAX_ENTITIES};

/// An entity's number, unique in its world for the whole game (a destroyed entity's is not reused).
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
#[serde(transparent)]
pub struct EntityId(pub u32);

/// A model's number in its world.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
#[serde(transparent)]
pub struct ModelId(pub u32);

/// A text's number in its world.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
#[serde(transparent)]
pub struct TextId(pub u32);

/// The built-in sounds, made by the page (WebAudio) from numbers, with no files.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Sound {
    Coin,
    Jump,
    Hit,
    Win,
    Lose,
    Click,
}

impl Sound {
    pub const ALL: [Sound; 6] = [
        Sound::Coin,
        Sound::Jump,
        Sound::Hit,
        Sound::Win,
        Sound::Lose,
        Sound::Click,
    ];

    pub fn name(self) -> &'static str {
        match self {
            Sound::Coin => "coin",
            Sound::Jump => "jump",
            Sound::Hit => "hit",
            Sound::Win => "win",
            Sound::Lose => "lose",
            Sound::Click => "click",
        }
    }

    pub fn from_name(name: &str) -> Option<Sound> {
        Sound::ALL.into_iter().find(|sound| sound.name() == name)
    }
}

/// The names keys go by: `left`, `right`, `up`, `down`, `space`, `enter`, `escape`, `shift`, and
/// `a`…`z`, `0`…`9` in lower case. The page's key names (`ArrowLeft`, ` `, `KeyA`, `A`) are
/// turned into these; `None` for keys a game cannot use.
pub fn normalize_key(key: &str) -> Option<String> {
    let named = match key {
        "ArrowLeft" | "left" => "left",
        "ArrowRight" | "right" => "right",
        "ArrowUp" | "up" => "up",
        "ArrowDown" | "down" => "down",
        " " | "Space" | "space" | "Spacebar" => "space",
        "Enter" | "enter" => "enter",
        "Escape" | "escape" => "escape",
        "Shift" | "ShiftLeft" | "ShiftRight" | "shift" => "shift",
        _ => {
            let single = key
                .strip_prefix("Key")
                .or_else(|| key.strip_prefix("Digit"))
                .unwrap_or(key);
            let mut chars = single.chars();
            return match (chars.next(), chars.next()) {
                (Some(c), None) if c.is_ascii_alphanumeric() => {
                    Some(c.to_ascii_lowercase().to_string())
                }
                _ => None,
            };
        }
    };
    Some(named.to_owned())
}

/// Something in the game.
#[derive(Debug, Clone, PartialEq)]
pub struct Entity {
    pub model: ModelId,
    pub position: Vec3,
    /// Degrees about X, Y and Z.
    pub rotation: Vec3,
    pub scale: Vec3,
    pub colour: [u8; 3],
    /// Units a second: the world moves the entity by it after every frame.
    pub velocity: Vec3,
    pub visible: bool,
    pub collider: Collider,
}

impl Entity {
    pub fn new(model: ModelId) -> Entity {
        Entity {
            model,
            position: Vec3::ZERO,
            rotation: Vec3::ZERO,
            scale: Vec3::ONE,
            colour: [0xf4, 0xf4, 0xf0],
            velocity: Vec3::ZERO,
            visible: true,
            collider: Collider::Box,
        }
    }
}

/// The game's clock.
#[derive(Debug, Clone, Copy, PartialEq, Default)]
pub struct Time {
    /// Seconds since the last frame.
    pub dt: f32,
    /// Seconds since the game started.
    pub elapsed: f64,
    /// Frames since the game started.
    pub frame: u32,
}

/// The keys: held down now, and pressed since the last frame (in order).
#[derive(Debug, Clone, PartialEq, Default)]
pub struct Input {
    pub held: BTreeSet<String>,
    pub pressed: Vec<String>,
}

/// Where the camera stands.
#[derive(Debug, Clone, Copy, PartialEq)]
pub enum Camera {
    Fixed {
        position: Vec3,
        target: Vec3,
    },
    /// Keeps `offset` from the entity and looks at it; stays where it was once the entity is gone.
    Following {
        entity: EntityId,
        offset: Vec3,
    },
}

/// Where a new game's camera stands: up and back, looking at the middle, so that `+x` is to the
/// right on the screen and `+y` up.
pub const CAMERA_OFFSET: Vec3 = Vec3::new(0.0, 6.0, 14.0);

/// A text on the screen (see [`TextState`]).
#[derive(Debug, Clone, PartialEq)]
pub struct Text {
    pub text: String,
    pub position: [f32; 2],
    pub size: f32,
    pub colour: [u8; 3],
    pub visible: bool,
}

impl Text {
    pub fn new(text: String) -> Text {
        Text {
            text,
            position: [0.03, 0.03],
            size: 0.06,
            colour: [0x2b, 0x2b, 0x2e],
            visible: true,
        }
    }
}

/// Spawning past [`MAX_ENTITIES`].
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct TooManyEntities;

#[derive(Debug, Clone)]
pub struct World {
    entities: BTreeMap<EntityId, Entity>,
    models: Vec<(ModelMesh, Aabb)>,
    /// Models the page has: each goes with the first entity drawn with it, and one no entity
    /// uses is never sent.
    models_sent: BTreeSet<ModelId>,
    next_entity: u32,
    next_text: u32,
    time: Time,
    input: Input,
    camera: Camera,
    fov: f32,
    last_camera: Option<CameraState>,
    texts: BTreeMap<TextId, Text>,
    texts_changed: bool,
    sounds: Vec<Sound>,
    spawned: BTreeSet<EntityId>,
    changed: BTreeSet<EntityId>,
    destroyed: Vec<EntityId>,
    /// Each entity as the page was last given it: an entity written with what it already had
    /// (`paddle.x = max(-4, min(4, paddle.x))` every frame) is not sent, nor drawn, again.
    reported: BTreeMap<EntityId, EntityState>,
    /// The texts as the page was last given them.
    reported_texts: Option<Vec<TextState>>,
}

impl Default for World {
    fn default() -> World {
        World::new()
    }
}

impl World {
    pub fn new() -> World {
        World {
            entities: BTreeMap::new(),
            models: Vec::new(),
            models_sent: BTreeSet::new(),
            next_entity: 1,
            next_text: 1,
            time: Time::default(),
            input: Input::default(),
            camera: Camera::Fixed {
                position: CAMERA_OFFSET,
                target: Vec3::ZERO,
            },
            fov: 50.0,
            last_camera: None,
            texts: BTreeMap::new(),
            texts_changed: false,
            sounds: Vec::new(),
            spawned: BTreeSet::new(),
            changed: BTreeSet::new(),
            destroyed: Vec::new(),
            reported: BTreeMap::new(),
            reported_texts: None,
        }
    }

    /// A new world whose entities are numbered on from `previous`'s: an entity object kept from
    /// an earlier game never names one of the new game's.
    pub fn after(previous: &World) -> World {
        World {
            next_entity: previous.next_entity,
            ..World::new()
        }
    }

    /// Keeps a model (its vertices, Y up, and triangles) for entities to use.
    pub fn add_model(&mut self, positions: Vec<f32>, indices: Vec<u32>) -> ModelId {
        let id = ModelId(u32::try_from(self.models.len()).unwrap_or(u32::MAX));
        let mesh = ModelMesh {
            id,
            positions,
            indices,
        };
        let bounds = mesh.bounds();
        self.models.push((mesh, bounds));
        id
    }

    pub fn model_bounds(&self, model: ModelId) -> Option<Aabb> {
        self.models.get(model.0 as usize).map(|(_, bounds)| *bounds)
    }

    pub fn spawn(&mut self, entity: Entity) -> Result<EntityId, TooManyEntities> {
        if self.entities.len() >= MAX_ENTITIES {
            return Err(TooManyEntities);
        }
        let id = EntityId(self.next_entity);
        self.next_entity += 1;
        self.entities.insert(id, entity);
        self.spawned.insert(id);
        Ok(id)
    }

    /// Takes the entity out of the game; false when it was not in it.
    pub fn destroy(&mut self, id: EntityId) -> bool {
        if self.entities.remove(&id).is_none() {
            return false;
        }
        self.changed.remove(&id);
        // One spawned and destroyed within a frame never reached the page.
        if !self.spawned.remove(&id) {
            self.destroyed.push(id);
        }
        true
    }

    pub fn entity(&self, id: EntityId) -> Option<&Entity> {
        self.entities.get(&id)
    }

    /// The entity, to change: it is drawn again after this frame.
    pub fn entity_mut(&mut self, id: EntityId) -> Option<&mut Entity> {
        let entity = self.entities.get_mut(&id)?;
        if !self.spawned.contains(&id) {
            self.changed.insert(id);
        }
        Some(entity)
    }

    pub fn ids(&self) -> impl Iterator<Item = EntityId> + '_ {
        self.entities.keys().copied()
    }

    pub fn len(&self) -> usize {
        self.entities.len()
    }

    pub fn is_empty(&self) -> bool {
        self.entities.is_empty()
    }

    pub fn time(&self) -> Time {
        self.time
    }

    pub fn input(&self) -> &Input {
        &self.input
    }

    /// Starts a frame: `dt` seconds have gone by (at most [`MAX_DT`]; a negative or unreadable
    /// step counts as none), these keys are held, these were pressed.
    pub fn begin_frame(&mut self, dt: f32, held: BTreeSet<String>, pressed: Vec<String>) {
        let dt = if dt.is_finite() {
            dt.clamp(0.0, MAX_DT)
        } else {
            0.0
        };
        self.time.dt = dt;
        self.time.elapsed += f64::from(dt);
        self.time.frame = self.time.frame.saturating_add(1);
        self.input = Input { held, pressed };
    }

    /// Ends a frame: every entity with a velocity moves by it for the frame's time.
    pub fn end_frame(&mut self) {
        let dt = self.time.dt;
        for (id, entity) in &mut self.entities {
            if entity.velocity != Vec3::ZERO && dt > 0.0 {
                entity.position += entity.velocity * dt;
                if !self.spawned.contains(id) {
                    self.changed.insert(*id);
                }
            }
        }
    }

    /// The box around the entity as it stands now.
    pub fn bounds(&self, id: EntityId) -> Option<Aabb> {
        let entity = self.entities.get(&id)?;
        Some(self.placed(entity))
    }

    fn placed(&self, entity: &Entity) -> Aabb {
        let model = self.model_bounds(entity.model).unwrap_or(Aabb {
            min: Vec3::splat(-0.5),
            max: Vec3::splat(0.5),
        });
        Aabb::placed(model, entity.position, entity.rotation, entity.scale)
    }

    fn shape(&self, entity: &Entity) -> Option<Shape> {
        Shape::of(entity.collider, self.placed(entity))
    }

    /// Whether the two entities' colliders meet (never for an entity and itself, or one without a
    /// collider).
    pub fn intersects(&self, a: EntityId, b: EntityId) -> bool {
        if a == b {
            return false;
        }
        let (Some(a), Some(b)) = (self.entities.get(&a), self.entities.get(&b)) else {
            return false;
        };
        match (self.shape(a), self.shape(b)) {
            (Some(a), Some(b)) => a.meets(b),
            _ => false,
        }
    }

    /// The entities whose colliders meet this one's, by number.
    pub fn touching(&self, id: EntityId) -> Vec<EntityId> {
        let Some(shape) = self.entities.get(&id).and_then(|entity| self.shape(entity)) else {
            return Vec::new();
        };
        let reach = shape.bounds();
        self.entities
            .iter()
            .filter(|(other, _)| **other != id)
            .filter_map(|(other, entity)| {
                let other_shape = self.shape(entity)?;
                (other_shape.bounds().overlaps(reach) && other_shape.meets(shape)).then_some(*other)
            })
            .collect()
    }

    pub fn camera(&self) -> Camera {
        self.camera
    }

    pub fn set_camera(&mut self, camera: Camera) {
        self.camera = camera;
    }

    pub fn set_fov(&mut self, degrees: f32) {
        if degrees.is_finite() {
            self.fov = degrees.clamp(10.0, 120.0);
        }
    }

    /// Where the camera is now.
    pub fn camera_state(&self) -> CameraState {
        let (position, target) = match self.camera {
            Camera::Fixed { position, target } => (position, target),
            Camera::Following { entity, offset } => match self.entities.get(&entity) {
                Some(followed) => (followed.position + offset, followed.position),
                None => self
                    .last_camera
                    .map_or((CAMERA_OFFSET, Vec3::ZERO), |last| {
                        (last.position.into(), last.target.into())
                    }),
            },
        };
        CameraState {
            position: position.into(),
            target: target.into(),
            fov: self.fov,
        }
    }

    pub fn add_text(&mut self, text: Text) -> TextId {
        let id = TextId(self.next_text);
        self.next_text += 1;
        self.texts.insert(id, text);
        self.texts_changed = true;
        id
    }

    pub fn text(&self, id: TextId) -> Option<&Text> {
        self.texts.get(&id)
    }

    /// The texts, in the order they were made.
    pub fn texts(&self) -> impl Iterator<Item = &Text> + '_ {
        self.texts.values()
    }

    pub fn text_mut(&mut self, id: TextId) -> Option<&mut Text> {
        self.texts_changed = true;
        self.texts.get_mut(&id)
    }

    pub fn remove_text(&mut self, id: TextId) -> bool {
        self.texts_changed = true;
        self.texts.remove(&id).is_some()
    }

    pub fn play(&mut self, sound: Sound) {
        // A loop that plays a sound a thousand times a frame is one sound to the ear.
        if self.sounds.len() < 8 {
            self.sounds.push(sound);
        }
    }

    pub fn state(&self, id: EntityId) -> Option<EntityState> {
        let entity = self.entities.get(&id)?;
        Some(EntityState {
            id,
            model: entity.model,
            position: entity.position.into(),
            rotation: entity.rotation.into(),
            scale: entity.scale.into(),
            colour: entity.colour,
            visible: entity.visible,
        })
    }

    /// What changed since the last call, for the page; the first call hands over everything.
    pub fn take_changes(&mut self) -> FrameChanges {
        let states = |ids: &BTreeSet<EntityId>| -> Vec<EntityState> {
            ids.iter().filter_map(|id| self.state(*id)).collect()
        };
        let spawned = states(&self.spawned);
        let changed: Vec<EntityState> = states(&self.changed)
            .into_iter()
            .filter(|state| self.reported.get(&state.id) != Some(state))
            .collect();
        let mut models = Vec::new();
        for state in spawned.iter().chain(&changed) {
            if self.models_sent.insert(state.model)
                && let Some((mesh, _)) = self.models.get(state.model.0 as usize)
            {
                models.push(mesh.clone());
            }
        }
        let texts = self
            .texts_changed
            .then(|| -> Vec<TextState> {
                self.texts
                    .iter()
                    .map(|(id, text)| TextState {
                        id: *id,
                        text: text.text.clone(),
                        position: text.position,
                        size: text.size,
                        colour: text.colour,
                        visible: text.visible,
                    })
                    .collect()
            })
            .filter(|texts| self.reported_texts.as_ref() != Some(texts));
        if let Some(texts) = &texts {
            self.reported_texts = Some(texts.clone());
        }
        for state in spawned.iter().chain(&changed) {
            self.reported.insert(state.id, state.clone());
        }
        for id in &self.destroyed {
            self.reported.remove(id);
        }
        let camera = self.camera_state();
        let camera_changed = self.last_camera != Some(camera);
        self.last_camera = Some(camera);
        let changes = FrameChanges {
            frame: self.time.frame,
            models,
            spawned,
            changed,
            destroyed: std::mem::take(&mut self.destroyed),
            texts,
            sounds: std::mem::take(&mut self.sounds),
            camera: camera_changed.then_some(camera),
        };
        self.spawned.clear();
        self.changed.clear();
        self.texts_changed = false;
        changes
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn cube(world: &mut World) -> ModelId {
        let positions = [
            -0.5, -0.5, -0.5, 0.5, -0.5, -0.5, 0.5, 0.5, -0.5, -0.5, 0.5, -0.5, -0.5, -0.5, 0.5,
            0.5, -0.5, 0.5, 0.5, 0.5, 0.5, -0.5, 0.5, 0.5,
        ];
        world.add_model(positions.to_vec(), vec![0, 1, 2, 0, 2, 3])
    }

    fn at(world: &mut World, model: ModelId, x: f32) -> EntityId {
        let mut entity = Entity::new(model);
        entity.position.x = x;
        world.spawn(entity).expect("room for it")
    }

    #[test]
    fn the_first_changes_send_models_then_spawned_entities_once() {
        let mut world = World::new();
        let model = cube(&mut world);
        let a = at(&mut world, model, 0.0);
        world.begin_frame(1.0 / 60.0, BTreeSet::new(), Vec::new());
        world.end_frame();
        let first = world.take_changes();
        assert_eq!(first.models.len(), 1);
        assert_eq!(first.spawned.len(), 1);
        assert_eq!(first.spawned[0].id, a);
        assert!(first.changed.is_empty());
        assert!(first.camera.is_some(), "the first frame places the camera");
        let second = world.take_changes();
        assert!(second.is_empty(), "{second:?}");
    }

    #[test]
    fn a_model_goes_once_with_the_first_entity_that_uses_it_and_never_if_unused() {
        let mut world = World::new();
        let used = cube(&mut world);
        let _unused = cube(&mut world);
        let first = at(&mut world, used, 0.0);
        let changes = world.take_changes();
        assert_eq!(changes.models.len(), 1);
        assert_eq!(changes.models[0].id, used);
        at(&mut world, used, 2.0);
        world.entity_mut(first).expect("there").colour = [1, 2, 3];
        assert!(world.take_changes().models.is_empty());
    }

    #[test]
    fn a_world_after_another_numbers_its_entities_on() {
        let mut first = World::new();
        let model = cube(&mut first);
        let old = at(&mut first, model, 0.0);
        let mut second = World::after(&first);
        let model = cube(&mut second);
        let new = at(&mut second, model, 0.0);
        assert!(new > old);
        assert!(second.entity(old).is_none());
    }

    #[test]
    fn velocity_moves_an_entity_after_each_frame_and_marks_it_changed() {
        let mut world = World::new();
        let model = cube(&mut world);
        let a = at(&mut world, model, 0.0);
        world.entity_mut(a).expect("there").velocity = Vec3::new(2.0, 0.0, 0.0);
        let _ = world.take_changes();
        for _ in 0..30 {
            world.begin_frame(0.05, BTreeSet::new(), Vec::new());
            world.end_frame();
        }
        let x = world.entity(a).expect("there").position.x;
        assert!((x - 3.0).abs() < 1e-4, "{x}");
        let changes = world.take_changes();
        assert_eq!(changes.changed.len(), 1);
        assert_eq!(changes.frame, 30);
    }

    #[test]
    fn an_entity_or_a_text_written_with_what_it_had_is_not_sent_again() {
        let mut world = World::new();
        let model = cube(&mut world);
        let paddle = at(&mut world, model, 1.0);
        let score = world.add_text(Text::new("0 : 0".to_owned()));
        let _ = world.take_changes();
        // What a game's update() does every frame: the same place, the same score.
        world.entity_mut(paddle).expect("there").position.x = 1.0;
        world.text_mut(score).expect("there").text = "0 : 0".to_owned();
        let still = world.take_changes();
        assert!(still.is_empty(), "{still:?}");
        // A real change goes, once.
        world.entity_mut(paddle).expect("there").position.x = 2.0;
        world.text_mut(score).expect("there").text = "1 : 0".to_owned();
        let moved = world.take_changes();
        assert_eq!(moved.changed.len(), 1);
        assert_eq!(moved.changed[0].position, [2.0, 0.0, 0.0]);
        assert_eq!(
            moved.texts.map(|texts| texts[0].text.clone()),
            Some("1 : 0".to_owned())
        );
        assert!(world.take_changes().is_empty());
        // Back to what an earlier frame had is a change too; and a destroyed entity's number,
        // were it used again, starts from nothing.
        world.entity_mut(paddle).expect("there").position.x = 1.0;
        assert_eq!(world.take_changes().changed.len(), 1);
        assert!(world.destroy(paddle));
        let _ = world.take_changes();
        assert!(!world.reported.contains_key(&paddle));
    }

    #[test]
    fn a_long_or_unreadable_time_step_is_cut_short() {
        let mut world = World::new();
        world.begin_frame(60.0, BTreeSet::new(), Vec::new());
        assert_eq!(world.time().dt, MAX_DT);
        world.begin_frame(f32::NAN, BTreeSet::new(), Vec::new());
        assert_eq!(world.time().dt, 0.0);
        world.begin_frame(-1.0, BTreeSet::new(), Vec::new());
        assert_eq!(world.time().dt, 0.0);
        assert_eq!(world.time().frame, 3);
    }

    #[test]
    fn destroyed_entities_are_reported_once_and_never_if_never_drawn() {
        let mut world = World::new();
        let model = cube(&mut world);
        let drawn = at(&mut world, model, 0.0);
        let _ = world.take_changes();
        let fleeting = at(&mut world, model, 5.0);
        assert!(world.destroy(fleeting));
        assert!(world.destroy(drawn));
        assert!(!world.destroy(drawn), "a second destroy changes nothing");
        let changes = world.take_changes();
        assert_eq!(changes.destroyed, vec![drawn]);
        assert!(changes.spawned.is_empty());
        assert!(world.take_changes().destroyed.is_empty());
    }

    #[test]
    fn touching_finds_the_entities_that_meet_and_not_the_far_ones() {
        let mut world = World::new();
        let model = cube(&mut world);
        let player = at(&mut world, model, 0.0);
        let coin = at(&mut world, model, 0.9);
        let far = at(&mut world, model, 5.0);
        let ghost = at(&mut world, model, 0.5);
        world.entity_mut(ghost).expect("there").collider = Collider::None;
        assert_eq!(world.touching(player), vec![coin]);
        assert!(world.intersects(player, coin));
        assert!(!world.intersects(player, far));
        assert!(!world.intersects(player, player));
        assert!(!world.intersects(player, ghost));
    }

    #[test]
    fn the_camera_follows_an_entity_and_stays_when_it_is_gone() {
        let mut world = World::new();
        let model = cube(&mut world);
        let player = at(&mut world, model, 3.0);
        world.set_camera(Camera::Following {
            entity: player,
            offset: Vec3::new(0.0, 2.0, 10.0),
        });
        let camera = world.take_changes().camera.expect("placed");
        assert_eq!(camera.position, [3.0, 2.0, 10.0]);
        assert_eq!(camera.target, [3.0, 0.0, 0.0]);
        world.destroy(player);
        assert_eq!(world.take_changes().camera, None, "it stays where it was");
    }

    #[test]
    fn spawning_stops_at_the_limit() {
        let mut world = World::new();
        let model = cube(&mut world);
        for _ in 0..MAX_ENTITIES {
            world.spawn(Entity::new(model)).expect("room for it");
        }
        assert_eq!(world.spawn(Entity::new(model)), Err(TooManyEntities));
    }

    #[test]
    fn keys_have_one_name_whatever_the_page_calls_them() {
        assert_eq!(normalize_key("ArrowLeft").as_deref(), Some("left"));
        assert_eq!(normalize_key(" ").as_deref(), Some("space"));
        assert_eq!(normalize_key("KeyA").as_deref(), Some("a"));
        assert_eq!(normalize_key("W").as_deref(), Some("w"));
        assert_eq!(normalize_key("Digit3").as_deref(), Some("3"));
        assert_eq!(normalize_key("F5"), None);
        assert_eq!(normalize_key("ā"), None);
    }

    #[test]
    fn texts_are_sent_whole_when_one_changes() {
        let mut world = World::new();
        let score = world.add_text(Text::new("Score: 0".into()));
        let lives = world.add_text(Text::new("Lives: 3".into()));
        assert_eq!(world.take_changes().texts.expect("new texts").len(), 2);
        assert_eq!(world.take_changes().texts, None);
        world.text_mut(score).expect("there").text = "Score: 1".into();
        let texts = world.take_changes().texts.expect("changed");
        assert_eq!(texts[0].text, "Score: 1");
        assert_eq!(texts[1].id, lives);
    }

    #[test]
    fn sounds_are_played_once_and_a_flood_is_cut() {
        let mut world = World::new();
        for _ in 0..100 {
            world.play(Sound::Coin);
        }
        assert_eq!(world.take_changes().sounds.len(), 8);
        assert!(world.take_changes().sounds.is_empty());
        assert_eq!(Sound::from_name("jump"), Some(Sound::Jump));
        assert_eq!(Sound::from_name("boom"), None);
    }
}
