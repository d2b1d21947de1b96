//! `game`: the Python module for 3D games, over `darbnica-game`'s world. Its shape follows Ursina,
//! the simplest Python 3D engine, so what a student learns carries over:
//!
//! ```python
//! from game import *
//! player = Entity(model="cube", color="orange")
//! coin = Entity(model="sphere", color="gold", x=3, scale=0.5)
//! score = Text("0")
//!
//! def update():
//!     if held_keys["right"]:
//!         player.x += 4 * time.dt
//!     if coin and player.intersects(coin):
//!         destroy(coin)
//!         play_sound("coin")
//!         score.text = "1"
//! ```
//!
//! The world lives in this thread's [`GameState`]: the runtime starts a new one for each game, and
//! `_frame` plays one frame of it (the keys, `input(key)`, `update()`, every entity's own
//! `update()`, then velocities). The page gets what changed from [`take_changes`]; the checks'
//! `play(...)` drives the same frames headless.

pub(crate) use module::module_def;

use std::cell::RefCell;
use std::collections::{BTreeMap, BTreeSet};

use darbnica_game::{EntityId, FrameChanges, ModelId, World};
use rustpython_vm::{AsObject as _, PyObjectRef, PyPayload as _, PyResult, VirtualMachine};

/// The game being played on this thread.
#[derive(Default)]
pub(crate) struct GameState {
    world: World,
    /// The Python objects of the entities and texts in the game, so that `touching` hands back the
    /// objects the game made (with its own attributes), and subclasses' `update()`s can be called.
    entities: BTreeMap<EntityId, PyObjectRef>,
    /// Built-in models made so far, by name.
    builtin_models: BTreeMap<&'static str, ModelId>,
    /// Solids used as models, kept so that their ids stay theirs.
    solid_models: Vec<(PyObjectRef, ModelId)>,
    /// The module's `held_keys` (a `defaultdict(int)`), refilled each frame.
    held_keys: Option<PyObjectRef>,
}

thread_local! {
    static GAME: RefCell<GameState> = RefCell::new(GameState::default());
}

/// Starts a new game on this thread: an empty world, no keys held.
pub(crate) fn reset(vm: &VirtualMachine) -> PyResult<()> {
    // The old game (and its Python objects) goes here, outside the borrow.
    let old = set_aside();
    if let Some(held_keys) = &old.held_keys {
        vm.call_method(held_keys, "clear", ())?;
    }
    Ok(())
}

/// Puts the game aside (for the checks, which play games of their own) and starts an empty one,
/// its entities numbered on from the old one's, with the same `held_keys`.
pub(crate) fn set_aside() -> GameState {
    GAME.with(|game| {
        let mut game = game.borrow_mut();
        let held_keys = game.held_keys.clone();
        let world = World::after(&game.world);
        std::mem::replace(
            &mut *game,
            GameState {
                world,
                held_keys,
                ..GameState::default()
            },
        )
    })
}

/// Brings back the game put aside; the checks' game goes (outside the borrow: dropping Python
/// objects may run Python code).
pub(crate) fn bring_back(kept: GameState) {
    let checks = GAME.with(|game| std::mem::replace(&mut *game.borrow_mut(), kept));
    drop(checks);
}

/// Forgets the game (its Python objects with it), before the interpreter goes.
pub(crate) fn clear() {
    // Take the state out first: dropping Python objects must not happen inside the borrow.
    let state = GAME.with(|game| std::mem::take(&mut *game.borrow_mut()));
    drop(state);
}

/// What changed since the last call, for the page.
pub(crate) fn take_changes() -> FrameChanges {
    with_world(World::take_changes)
}

fn with_game<T>(f: impl FnOnce(&mut GameState) -> T) -> T {
    GAME.with(|game| f(&mut game.borrow_mut()))
}

pub(crate) fn with_world<T>(f: impl FnOnce(&mut World) -> T) -> T {
    with_game(|game| f(&mut game.world))
}

/// Plays one frame: `dt` seconds went by, `held` keys are down, `pressed` were pressed. Calls the
/// game's `input(key)` for each press and its `update()` (from `namespace`, the game's globals),
/// then each entity's own `update()`, then moves what has a velocity.
pub(crate) fn frame(
    vm: &VirtualMachine,
    namespace: &PyObjectRef,
    dt: f32,
    held: BTreeSet<String>,
    pressed: Vec<String>,
) -> PyResult<()> {
    let held_keys = with_game(|game| {
        game.world.begin_frame(dt, held.clone(), pressed.clone());
        game.held_keys.clone()
    });
    if let Some(held_keys) = &held_keys {
        vm.call_method(held_keys, "clear", ())?;
        for key in &held {
            held_keys.set_item(key.as_str(), vm.ctx.new_int(1).into(), vm)?;
        }
    }
    let handler = |name: &str| -> PyResult<Option<PyObjectRef>> {
        let found = namespace.get_item(name, vm).ok();
        Ok(found.filter(|value| value.is_callable()))
    };
    if let Some(input) = handler("input")? {
        for key in &pressed {
            input.call((key.as_str(),), vm)?;
        }
    }
    if let Some(update) = handler("update")? {
        update.call((), vm)?;
    }
    // Entities of the game's own classes that define `update(self)`, in the order they were made;
    // one destroyed by an earlier update is skipped.
    let entities: Vec<(EntityId, PyObjectRef)> = with_game(|game| {
        game.entities
            .iter()
            .map(|(id, object)| (*id, object.clone()))
            .collect()
    });
    let base = module::PyEntity::class(&vm.ctx);
    for (id, object) in entities {
        if object.class().is(base) || with_world(|world| world.entity(id).is_none()) {
            continue;
        }
        if let Some(update) = vm.get_attribute_opt(&object, "update")? {
            update.call((), vm)?;
        }
    }
    with_world(World::end_frame);
    Ok(())
}

/// Gives the module its `held_keys`, a `defaultdict(int)` (a key never pressed is 0), which each
/// frame refills. Called once, when the runtime is made.
pub(crate) fn install(vm: &VirtualMachine) -> PyResult<()> {
    let module = vm.import("game", 0)?;
    let collections = vm.import("collections", 0)?;
    let defaultdict = collections.get_attr("defaultdict", vm)?;
    let keys = defaultdict.call((vm.ctx.types.int_type.to_owned(),), vm)?;
    module.set_attr("held_keys", keys.clone(), vm)?;
    with_game(|game| game.held_keys = Some(keys));
    // A game's settings become sliders in the studio as a model's do: the same `param(...)`.
    // And a gallery project as a model: `Entity(model=gallery_model("zobrats", teeth=12))`.
    let darbnica = vm.import("darbnica", 0)?;
    for name in ["param", "gallery_model"] {
        module.set_attr(name, darbnica.get_attr(name, vm)?, vm)?;
    }
    Ok(())
}

#[rustpython_vm::pymodule(name = "game")]
mod module {
    use std::collections::BTreeSet;

    use darbnica_game::{
        Camera, Collider, Entity, EntityId, MAX_ENTITIES, ModelId, Sound, Text, TextId,
    };
    use darbnica_geometry::{DVec3, Mesh, primitives};
    use glam::Vec3;
    use rustpython_vm::builtins::{PyStr, PyTypeRef};
    use rustpython_vm::function::{ArgIntoFloat, FuncArgs, PySetterValue};
    use rustpython_vm::protocol::PyNumberMethods;
    use rustpython_vm::types::{
        AsNumber, Constructor, GetAttr, Initializer, Representable, SetAttr,
    };
    use rustpython_vm::{
        AsObject, Py, PyObjectRef, PyPayload, PyResult, TryFromObject, VirtualMachine, pyclass,
    };

    use super::{with_game, with_world};
    use crate::darbnica::{OrRaise as _, PySolid, colour_of};

    /// The shapes a game can use by name.
    const BUILT_IN: [&str; 5] = ["cube", "sphere", "cylinder", "cone", "plane"];

    /// A built-in shape's mesh, a unit across and centred on the origin (Z up, as the kernel makes
    /// it).
    fn built_in_mesh(name: &str) -> Option<Result<Mesh, darbnica_geometry::GeometryError>> {
        let centred = |mesh: Result<Mesh, _>| {
            mesh.map(|mesh: Mesh| {
                mesh.transformed(&darbnica_geometry::DMat4::from_translation(DVec3::new(
                    0.0, 0.0, -0.5,
                )))
            })
        };
        Some(match name {
            "cube" => primitives::cuboid(DVec3::ONE, true),
            "sphere" => primitives::sphere(0.5, 24),
            "cylinder" => centred(primitives::cylinder(1.0, 0.5, 0.5, 24, false)),
            "cone" => centred(primitives::cylinder(1.0, 0.5, 0.0, 24, false)),
            "plane" => primitives::cuboid(DVec3::new(1.0, 1.0, 0.02), true),
            _ => return None,
        })
    }

    /// The kernel's Z-up mesh as the game's Y-up vertices and triangles (a turn, so the triangles
    /// keep their winding).
    fn y_up(mesh: &Mesh) -> (Vec<f32>, Vec<u32>) {
        let positions = mesh
            .vertices
            .iter()
            .flat_map(|v| [v.x as f32, v.z as f32, -v.y as f32])
            .collect();
        let indices = mesh.triangles.iter().flatten().copied().collect();
        (positions, indices)
    }

    /// The model for `model=...`: a built-in shape's name, or a solid of the modelling module.
    fn model_of(value: &PyObjectRef, vm: &VirtualMachine) -> PyResult<ModelId> {
        if let Some(name) = value.downcast_ref::<PyStr>() {
            let name = name.to_string_lossy().trim().to_lowercase();
            let Some(known) = BUILT_IN.iter().find(|known| **known == name) else {
                return Err(vm.new_value_error(format!(
                    "there is no model called '{name}': use one of {}, or a solid from the \
                     darbnica module",
                    BUILT_IN.join(", ")
                )));
            };
            if let Some(id) = with_game(|game| game.builtin_models.get(known).copied()) {
                return Ok(id);
            }
            let mesh = built_in_mesh(known)
                .unwrap_or_else(|| unreachable!("every built-in name has a mesh"))
                .or_raise(vm)?;
            let (positions, indices) = y_up(&mesh);
            return Ok(with_game(|game| {
                let id = game.world.add_model(positions, indices);
                game.builtin_models.insert(known, id);
                id
            }));
        }
        if let Some(solid) = value.downcast_ref::<PySolid>() {
            let known = with_game(|game| {
                game.solid_models
                    .iter()
                    .find(|(kept, _)| kept.is(value))
                    .map(|(_, id)| *id)
            });
            if let Some(id) = known {
                return Ok(id);
            }
            let mesh = solid.mesh(vm)?;
            let (positions, indices) = y_up(&mesh);
            return Ok(with_game(|game| {
                let id = game.world.add_model(positions, indices);
                game.solid_models.push((value.clone(), id));
                id
            }));
        }
        Err(vm.new_type_error(format!(
            "model must be a name such as 'cube' or a solid, not {}",
            value.class().name()
        )))
    }

    fn number(value: &PyObjectRef, what: &str, vm: &VirtualMachine) -> PyResult<f32> {
        let float = ArgIntoFloat::try_from_object(vm, value.clone()).map_err(|_| {
            vm.new_type_error(format!(
                "{what} must be a number, not {}",
                value.class().name()
            ))
        })?;
        let float = float.into_float();
        if !float.is_finite() {
            return Err(vm.new_value_error(format!("{what} must be a finite number")));
        }
        Ok(float as f32)
    }

    /// `(x, y, z)` from a tuple or list of three numbers; with `spread`, one number stands for all
    /// three (a scale).
    fn vector(
        value: &PyObjectRef,
        what: &str,
        spread: bool,
        vm: &VirtualMachine,
    ) -> PyResult<Vec3> {
        if spread && let Ok(single) = number(value, what, vm) {
            return Ok(Vec3::splat(single));
        }
        let items: Vec<PyObjectRef> = vm.extract_elements_with(value, Ok).map_err(|_| {
            vm.new_type_error(format!(
                "{what} must be three numbers (x, y, z), not {}",
                value.class().name()
            ))
        })?;
        let [x, y, z] = items.as_slice() else {
            return Err(vm.new_value_error(format!(
                "{what} takes three numbers (x, y, z), not {}",
                items.len()
            )));
        };
        Ok(Vec3::new(
            number(x, what, vm)?,
            number(y, what, vm)?,
            number(z, what, vm)?,
        ))
    }

    fn triple(v: Vec3, vm: &VirtualMachine) -> PyObjectRef {
        vm.ctx
            .new_tuple(vec![
                vm.ctx.new_float(f64::from(v.x)).into(),
                vm.ctx.new_float(f64::from(v.y)).into(),
                vm.ctx.new_float(f64::from(v.z)).into(),
            ])
            .into()
    }

    fn collider_of(value: &PyObjectRef, vm: &VirtualMachine) -> PyResult<Collider> {
        if vm.is_none(value) {
            return Ok(Collider::None);
        }
        let name = value
            .downcast_ref::<PyStr>()
            .map(|name| name.to_string_lossy().trim().to_lowercase());
        match name.as_deref() {
            Some("box") => Ok(Collider::Box),
            Some("sphere") => Ok(Collider::Sphere),
            Some("none") => Ok(Collider::None),
            _ => Err(vm.new_value_error("collider must be 'box', 'sphere' or None".to_owned())),
        }
    }

    fn collider_name(collider: Collider) -> &'static str {
        match collider {
            Collider::Box => "box",
            Collider::Sphere => "sphere",
            Collider::None => "none",
        }
    }

    fn gone(vm: &VirtualMachine) -> rustpython_vm::builtins::PyBaseExceptionRef {
        vm.new_runtime_error("this entity was destroyed: it is no longer in the game".to_owned())
    }

    /// An object whose attributes are the game's state (an entity's place, a text's words, the
    /// clock, the camera): read from and written to the world, the rest left to
    /// [`Settings::other_attribute`].
    trait Settings: PyPayload {
        /// The setting `name`, or `None` for a name that is not a setting.
        fn setting(
            zelf: &Py<Self>,
            name: &str,
            vm: &VirtualMachine,
        ) -> PyResult<Option<PyObjectRef>>;

        /// Sets `name`; `Ok(false)` for a name that is not a setting.
        fn set_setting(
            _zelf: &Py<Self>,
            _name: &str,
            _value: &PyObjectRef,
            _vm: &VirtualMachine,
        ) -> PyResult<bool> {
            Ok(false)
        }

        /// Setting or deleting what is not a setting (and deleting a setting): read-only by
        /// default.
        fn other_attribute(
            _zelf: &Py<Self>,
            name: &Py<PyStr>,
            _value: PySetterValue,
            vm: &VirtualMachine,
        ) -> PyResult<()> {
            Err(vm.new_attribute_error(format!("'{}' cannot be changed", name.to_string_lossy())))
        }
    }

    /// Python's attribute access for [`Settings`] types (a blanket impl of RustPython's traits is
    /// not allowed here).
    macro_rules! settings_are_attributes {
        ($($class:ty),+) => {$(
            impl GetAttr for $class {
                fn getattro(zelf: &Py<Self>, name: &Py<PyStr>, vm: &VirtualMachine) -> PyResult {
                    match <$class as Settings>::setting(zelf, &name.to_string_lossy(), vm)? {
                        Some(value) => Ok(value),
                        None => zelf.as_object().generic_getattr(name, vm),
                    }
                }
            }

            impl SetAttr for $class {
                fn setattro(
                    zelf: &Py<Self>,
                    name: &Py<PyStr>,
                    value: PySetterValue,
                    vm: &VirtualMachine,
                ) -> PyResult<()> {
                    if let PySetterValue::Assign(value) = &value
                        && <$class as Settings>::set_setting(zelf, &name.to_string_lossy(), value, vm)?
                    {
                        return Ok(());
                    }
                    <$class as Settings>::other_attribute(zelf, name, value, vm)
                }
            }
        )+};
    }

    /// Something in the game: `Entity(model="cube", x=1, color="red", ...)`.
    #[pyattr]
    #[pyclass(name = "Entity")]
    #[derive(Debug, PyPayload)]
    pub(crate) struct PyEntity {
        pub(crate) id: EntityId,
    }

    impl PyEntity {
        /// Sets one of the engine's attributes; `Ok(false)` for a name that is not one of them.
        fn set(
            id: EntityId,
            name: &str,
            value: &PyObjectRef,
            vm: &VirtualMachine,
        ) -> PyResult<bool> {
            let model = if name == "model" {
                Some(model_of(value, vm)?)
            } else {
                None
            };
            let collider = if name == "collider" {
                Some(collider_of(value, vm)?)
            } else {
                None
            };
            let colour = match name {
                "color" | "colour" => Some(colour_of(value.clone(), vm)?),
                // A coloured solid (`.color("red")`, a gallery model) brings its colour along.
                "model" => value
                    .downcast_ref::<PySolid>()
                    .and_then(|solid| solid.colour),
                _ => None,
            };
            let visible = if name == "visible" {
                Some(value.clone().try_to_bool(vm)?)
            } else {
                None
            };
            let set_vector = |change: &dyn Fn(&mut Entity, Vec3), spread: bool| -> PyResult<bool> {
                let v = vector(value, name, spread, vm)?;
                with_world(|world| world.entity_mut(id).map(|entity| change(entity, v)))
                    .ok_or_else(|| gone(vm))?;
                Ok(true)
            };
            let set_axis = |axis: usize| -> PyResult<bool> {
                let v = number(value, name, vm)?;
                with_world(|world| world.entity_mut(id).map(|entity| entity.position[axis] = v))
                    .ok_or_else(|| gone(vm))?;
                Ok(true)
            };
            match name {
                "x" => set_axis(0),
                "y" => set_axis(1),
                "z" => set_axis(2),
                "position" => set_vector(&|entity, v| entity.position = v, false),
                "rotation" => set_vector(&|entity, v| entity.rotation = v, false),
                "scale" => set_vector(&|entity, v| entity.scale = v, true),
                "velocity" => set_vector(&|entity, v| entity.velocity = v, false),
                "model" | "collider" | "color" | "colour" | "visible" => {
                    with_world(|world| {
                        world.entity_mut(id).map(|entity| {
                            if let Some(model) = model {
                                entity.model = model;
                            }
                            if let Some(collider) = collider {
                                entity.collider = collider;
                            }
                            if let Some(colour) = colour {
                                entity.colour = colour;
                            }
                            if let Some(visible) = visible {
                                entity.visible = visible;
                            }
                        })
                    })
                    .ok_or_else(|| gone(vm))?;
                    Ok(true)
                }
                _ => Ok(false),
            }
        }

        /// One of the engine's attributes; `None` for a name that is not one of them.
        fn get(&self, name: &str, vm: &VirtualMachine) -> PyResult<Option<PyObjectRef>> {
            let known = [
                "x", "y", "z", "position", "rotation", "scale", "velocity", "color", "colour",
                "visible", "collider", "touching", "model",
            ];
            if !known.contains(&name) {
                return Ok(None);
            }
            if name == "model" {
                // What it was given: a built-in shape's name, or the solid itself.
                let model = with_world(|world| world.entity(self.id).map(|entity| entity.model))
                    .ok_or_else(|| gone(vm))?;
                let (builtin, solid) = with_game(|game| {
                    let builtin = game
                        .builtin_models
                        .iter()
                        .find(|(_, id)| **id == model)
                        .map(|(name, _)| *name);
                    let solid = game
                        .solid_models
                        .iter()
                        .find(|(_, id)| *id == model)
                        .map(|(solid, _)| solid.clone());
                    (builtin, solid)
                });
                return Ok(Some(match (builtin, solid) {
                    (Some(name), _) => vm.ctx.new_str(name).into(),
                    (None, Some(solid)) => solid,
                    (None, None) => vm.ctx.none(),
                }));
            }
            if name == "touching" {
                let touching = with_game(|game| {
                    game.world
                        .touching(self.id)
                        .into_iter()
                        .filter_map(|id| game.entities.get(&id).cloned())
                        .collect()
                });
                return Ok(Some(vm.ctx.new_list(touching).into()));
            }
            let entity =
                with_world(|world| world.entity(self.id).cloned()).ok_or_else(|| gone(vm))?;
            let float = |v: f32| vm.ctx.new_float(f64::from(v)).into();
            Ok(Some(match name {
                "x" => float(entity.position.x),
                "y" => float(entity.position.y),
                "z" => float(entity.position.z),
                "position" => triple(entity.position, vm),
                "rotation" => triple(entity.rotation, vm),
                "scale" => triple(entity.scale, vm),
                "velocity" => triple(entity.velocity, vm),
                "color" | "colour" => {
                    let [r, g, b] = entity.colour;
                    vm.ctx.new_str(format!("#{r:02x}{g:02x}{b:02x}")).into()
                }
                "visible" => vm.ctx.new_bool(entity.visible).into(),
                _ => vm.ctx.new_str(collider_name(entity.collider)).into(),
            }))
        }
    }

    /// A new entity is a white cube at the origin, in the game from the start; its settings come
    /// in `__init__`, so that a subclass's own `__init__` can pass them on to `super().__init__`.
    impl Constructor for PyEntity {
        type Args = FuncArgs;

        fn slot_new(cls: PyTypeRef, _args: FuncArgs, vm: &VirtualMachine) -> PyResult {
            let payload = Self::py_new(&cls, FuncArgs::default(), vm)?;
            let id = payload.id;
            let object: PyObjectRef = payload.into_ref_with_type(vm, cls)?.into();
            with_game(|game| game.entities.insert(id, object.clone()));
            Ok(object)
        }

        fn py_new(
            _cls: &Py<rustpython_vm::builtins::PyType>,
            _args: FuncArgs,
            vm: &VirtualMachine,
        ) -> PyResult<Self> {
            let model = model_of(&vm.ctx.new_str("cube").into(), vm)?;
            let id = with_world(|world| world.spawn(Entity::new(model))).map_err(|_| {
                vm.new_runtime_error(format!(
                    "a game can have at most {MAX_ENTITIES} entities at once: destroy the ones \
                     that are no longer needed"
                ))
            })?;
            Ok(PyEntity { id })
        }
    }

    /// `Entity(model="sphere", x=2, color="red", speed=3)`: the engine's settings go to the world,
    /// others (`speed`) stay on the entity as the game's own attributes.
    impl Initializer for PyEntity {
        type Args = FuncArgs;

        fn init(zelf: &Py<Self>, args: FuncArgs, vm: &VirtualMachine) -> PyResult<()> {
            if !args.args.is_empty() {
                return Err(vm.new_type_error(
                    "Entity() takes its settings by name, e.g. Entity(model='cube', x=2)"
                        .to_owned(),
                ));
            }
            let id = zelf.id;
            // The model first: a colour given with it wins over the colour of its solid.
            let mut kwargs: Vec<_> = args.kwargs.into_iter().collect();
            kwargs.sort_by_key(|(name, _)| name.to_string() != "model");
            for (name, value) in kwargs {
                let name = name.to_string();
                if !PyEntity::set(id, &name, &value, vm)? {
                    // The game's own attributes: Entity(..., speed=3) keeps `speed` on the entity.
                    zelf.as_object().generic_setattr(
                        &vm.ctx.new_str(name.as_str()),
                        PySetterValue::Assign(value),
                        vm,
                    )?;
                }
            }
            Ok(())
        }
    }

    #[pyclass(
        with(Constructor, Initializer, GetAttr, SetAttr, AsNumber, Representable),
        flags(BASETYPE, HAS_DICT)
    )]
    impl PyEntity {
        /// `player.intersects(coin)`: whether their colliders meet now.
        #[pymethod]
        fn intersects(zelf: &Py<Self>, other: PyObjectRef, vm: &VirtualMachine) -> PyResult<bool> {
            let other = other.downcast_ref::<PyEntity>().ok_or_else(|| {
                vm.new_type_error(format!(
                    "intersects() takes an Entity, not {}",
                    other.class().name()
                ))
            })?;
            Ok(with_world(|world| world.intersects(zelf.id, other.id)))
        }

        /// `enemy.look_at(player)`: turns it about Y to face the other entity.
        #[pymethod]
        fn look_at(zelf: &Py<Self>, other: PyObjectRef, vm: &VirtualMachine) -> PyResult<()> {
            let target = position_of(&other, vm)?;
            with_world(|world| {
                world.entity_mut(zelf.id).map(|entity| {
                    let to = target - entity.position;
                    if to.x != 0.0 || to.z != 0.0 {
                        entity.rotation.y = to.x.atan2(to.z).to_degrees();
                    }
                })
            })
            .ok_or_else(|| gone(vm))
        }
    }

    /// An entity is true while it is in the game: `if coin:` after `destroy(coin)` is False.
    impl AsNumber for PyEntity {
        fn as_number() -> &'static PyNumberMethods {
            static AS_NUMBER: PyNumberMethods = PyNumberMethods {
                boolean: Some(|number, _vm| {
                    let id = PyEntity::number_downcast(number).id;
                    Ok(with_world(|world| world.entity(id).is_some()))
                }),
                ..PyNumberMethods::NOT_IMPLEMENTED
            };
            &AS_NUMBER
        }
    }

    /// A point: an entity's position, or three numbers.
    fn position_of(value: &PyObjectRef, vm: &VirtualMachine) -> PyResult<Vec3> {
        match value.downcast_ref::<PyEntity>() {
            Some(entity) => with_world(|world| world.entity(entity.id).map(|e| e.position))
                .ok_or_else(|| gone(vm)),
            None => vector(value, "the point", false, vm),
        }
    }

    impl Settings for PyEntity {
        fn setting(
            zelf: &Py<Self>,
            name: &str,
            vm: &VirtualMachine,
        ) -> PyResult<Option<PyObjectRef>> {
            zelf.get(name, vm)
        }

        fn set_setting(
            zelf: &Py<Self>,
            name: &str,
            value: &PyObjectRef,
            vm: &VirtualMachine,
        ) -> PyResult<bool> {
            PyEntity::set(zelf.id, name, value, vm)
        }

        /// A subclass's own attributes (`self.speed = 3`) are kept as any object's.
        fn other_attribute(
            zelf: &Py<Self>,
            name: &Py<PyStr>,
            value: PySetterValue,
            vm: &VirtualMachine,
        ) -> PyResult<()> {
            zelf.as_object().generic_setattr(name, value, vm)
        }
    }

    impl Representable for PyEntity {
        fn repr_str(zelf: &Py<Self>, _vm: &VirtualMachine) -> PyResult<String> {
            Ok(with_world(|world| match world.entity(zelf.id) {
                Some(entity) => format!(
                    "<Entity {} at ({:.2}, {:.2}, {:.2})>",
                    zelf.id.0, entity.position.x, entity.position.y, entity.position.z
                ),
                None => format!("<Entity {} (destroyed)>", zelf.id.0),
            }))
        }
    }

    /// Words on the screen: `Text("Score: 0", position=(0.03, 0.03), size=0.06, color="black")`,
    /// the position from the top left corner in fractions of the game's width and height.
    #[pyattr]
    #[pyclass(name = "Text")]
    #[derive(Debug, PyPayload)]
    pub(crate) struct PyText {
        id: TextId,
    }

    #[derive(rustpython_vm::FromArgs)]
    pub(crate) struct TextArgs {
        #[pyarg(positional, optional)]
        text: Option<PyObjectRef>,
        #[pyarg(named, optional)]
        position: Option<PyObjectRef>,
        #[pyarg(named, optional)]
        size: Option<PyObjectRef>,
        #[pyarg(named, optional)]
        color: Option<PyObjectRef>,
    }

    fn text_set(
        id: TextId,
        name: &str,
        value: &PyObjectRef,
        vm: &VirtualMachine,
    ) -> PyResult<bool> {
        let apply: Box<dyn FnOnce(&mut Text)> = match name {
            "text" => {
                let shown = value.str(vm)?.to_string_lossy().into_owned();
                Box::new(move |text| text.text = shown)
            }
            "position" => {
                let items: Vec<PyObjectRef> = vm.extract_elements_with(value, Ok)?;
                let [x, y] = items.as_slice() else {
                    return Err(vm.new_value_error(
                        "a text's position takes two numbers (x, y), from 0 to 1".to_owned(),
                    ));
                };
                let (x, y) = (number(x, name, vm)?, number(y, name, vm)?);
                Box::new(move |text| text.position = [x.clamp(0.0, 1.0), y.clamp(0.0, 1.0)])
            }
            "size" => {
                let size = number(value, name, vm)?.clamp(0.01, 0.5);
                Box::new(move |text| text.size = size)
            }
            "color" | "colour" => {
                let colour = colour_of(value.clone(), vm)?;
                Box::new(move |text| text.colour = colour)
            }
            "visible" => {
                let visible = value.clone().try_to_bool(vm)?;
                Box::new(move |text| text.visible = visible)
            }
            _ => return Ok(false),
        };
        let found = with_world(move |world| world.text_mut(id).map(apply));
        found.ok_or_else(|| vm.new_runtime_error("this text was destroyed".to_owned()))?;
        Ok(true)
    }

    impl Constructor for PyText {
        type Args = TextArgs;

        fn py_new(
            _cls: &Py<rustpython_vm::builtins::PyType>,
            args: TextArgs,
            vm: &VirtualMachine,
        ) -> PyResult<Self> {
            let id = with_world(|world| world.add_text(Text::new(String::new())));
            let text = args.text.unwrap_or_else(|| vm.ctx.new_str("").into());
            text_set(id, "text", &text, vm)?;
            for (name, value) in [
                ("position", args.position),
                ("size", args.size),
                ("color", args.color),
            ] {
                if let Some(value) = value {
                    text_set(id, name, &value, vm)?;
                }
            }
            Ok(PyText { id })
        }
    }

    #[pyclass(with(Constructor, GetAttr, SetAttr))]
    impl PyText {}

    impl Settings for PyText {
        fn setting(
            zelf: &Py<Self>,
            name: &str,
            vm: &VirtualMachine,
        ) -> PyResult<Option<PyObjectRef>> {
            if !matches!(name, "text" | "visible") {
                return Ok(None);
            }
            let text = with_world(|world| world.text(zelf.id).cloned())
                .ok_or_else(|| vm.new_runtime_error("this text was destroyed".to_owned()))?;
            Ok(Some(match name {
                "text" => vm.ctx.new_str(text.text).into(),
                _ => vm.ctx.new_bool(text.visible).into(),
            }))
        }

        fn set_setting(
            zelf: &Py<Self>,
            name: &str,
            value: &PyObjectRef,
            vm: &VirtualMachine,
        ) -> PyResult<bool> {
            text_set(zelf.id, name, value, vm)
        }

        fn other_attribute(
            _zelf: &Py<Self>,
            name: &Py<PyStr>,
            _value: PySetterValue,
            vm: &VirtualMachine,
        ) -> PyResult<()> {
            Err(vm.new_attribute_error(format!(
                "a Text has no setting '{}': use text, position, size, color or visible",
                name.to_string_lossy()
            )))
        }
    }

    /// `destroy(coin)`: takes an entity (or a text) out of the game.
    #[pyfunction]
    fn destroy(thing: PyObjectRef, vm: &VirtualMachine) -> PyResult<()> {
        if let Some(entity) = thing.downcast_ref::<PyEntity>() {
            let id = entity.id;
            let object = with_game(|game| {
                game.world.destroy(id);
                game.entities.remove(&id)
            });
            drop(object);
            return Ok(());
        }
        if let Some(text) = thing.downcast_ref::<PyText>() {
            with_world(|world| world.remove_text(text.id));
            return Ok(());
        }
        Err(vm.new_type_error(format!(
            "destroy() takes an Entity or a Text, not {}",
            thing.class().name()
        )))
    }

    /// `play_sound("coin")`: one of the built-in sounds (coin, jump, hit, win, lose, click).
    #[pyfunction]
    fn play_sound(name: PyObjectRef, vm: &VirtualMachine) -> PyResult<()> {
        let text = name.str(vm)?.to_string_lossy().trim().to_lowercase();
        let sound = Sound::from_name(&text).ok_or_else(|| {
            let names: Vec<_> = Sound::ALL.iter().map(|sound| sound.name()).collect();
            vm.new_value_error(format!(
                "there is no sound called '{text}': use one of {}",
                names.join(", ")
            ))
        })?;
        with_world(|world| world.play(sound));
        Ok(())
    }

    /// The game's clock: `time.dt` (seconds since the last frame), `time.elapsed`, `time.frame`.
    #[pyattr]
    #[pyclass(name = "GameTime")]
    #[derive(Debug, PyPayload)]
    pub(crate) struct PyGameTime;

    #[pyclass(with(GetAttr, SetAttr), flags(DISALLOW_INSTANTIATION))]
    impl PyGameTime {}

    impl Settings for PyGameTime {
        fn setting(
            _zelf: &Py<Self>,
            name: &str,
            vm: &VirtualMachine,
        ) -> PyResult<Option<PyObjectRef>> {
            let time = with_world(|world| world.time());
            Ok(match name {
                "dt" => Some(vm.ctx.new_float(f64::from(time.dt)).into()),
                "elapsed" => Some(vm.ctx.new_float(time.elapsed).into()),
                "frame" => Some(vm.ctx.new_int(time.frame).into()),
                _ => None,
            })
        }
    }

    #[pyattr]
    fn time(vm: &VirtualMachine) -> PyObjectRef {
        PyGameTime.into_pyobject(vm)
    }

    /// The camera: `camera.follow(player)`, `camera.look_at(target)`, `camera.position = (x, y, z)`,
    /// `camera.fov = 60`.
    #[pyattr]
    #[pyclass(name = "GameCamera")]
    #[derive(Debug, PyPayload)]
    pub(crate) struct PyCamera;

    #[derive(rustpython_vm::FromArgs)]
    struct FollowArgs {
        #[pyarg(positional)]
        entity: PyObjectRef,
        #[pyarg(any, optional)]
        offset: Option<PyObjectRef>,
    }

    #[pyclass(with(GetAttr, SetAttr), flags(DISALLOW_INSTANTIATION))]
    impl PyCamera {
        /// Keeps the camera `offset` from the entity (behind and above, by default), looking at it.
        #[pymethod]
        fn follow(_zelf: &Py<Self>, args: FollowArgs, vm: &VirtualMachine) -> PyResult<()> {
            let entity = args
                .entity
                .downcast_ref::<PyEntity>()
                .ok_or_else(|| vm.new_type_error("camera.follow() takes an Entity".to_owned()))?;
            let offset = match &args.offset {
                Some(offset) => vector(offset, "offset", false, vm)?,
                None => darbnica_game::CAMERA_OFFSET,
            };
            with_world(|world| {
                world.set_camera(Camera::Following {
                    entity: entity.id,
                    offset,
                });
            });
            Ok(())
        }

        /// Turns the camera, where it stands, to an entity or a point.
        #[pymethod]
        fn look_at(_zelf: &Py<Self>, target: PyObjectRef, vm: &VirtualMachine) -> PyResult<()> {
            let target = position_of(&target, vm)?;
            with_world(|world| {
                let position = Vec3::from(world.camera_state().position);
                world.set_camera(Camera::Fixed { position, target });
            });
            Ok(())
        }
    }

    impl Settings for PyCamera {
        fn setting(
            _zelf: &Py<Self>,
            name: &str,
            vm: &VirtualMachine,
        ) -> PyResult<Option<PyObjectRef>> {
            let state = with_world(|world| world.camera_state());
            Ok(match name {
                "position" => Some(triple(state.position.into(), vm)),
                "target" => Some(triple(state.target.into(), vm)),
                "fov" => Some(vm.ctx.new_float(f64::from(state.fov)).into()),
                _ => None,
            })
        }

        fn set_setting(
            _zelf: &Py<Self>,
            name: &str,
            value: &PyObjectRef,
            vm: &VirtualMachine,
        ) -> PyResult<bool> {
            match name {
                "position" => {
                    let position = vector(value, "camera.position", false, vm)?;
                    with_world(|world| {
                        let target = Vec3::from(world.camera_state().target);
                        world.set_camera(Camera::Fixed { position, target });
                    });
                }
                "fov" => {
                    let fov = number(value, "camera.fov", vm)?;
                    with_world(|world| world.set_fov(fov));
                }
                _ => return Ok(false),
            }
            Ok(true)
        }

        fn other_attribute(
            _zelf: &Py<Self>,
            name: &Py<PyStr>,
            value: PySetterValue,
            vm: &VirtualMachine,
        ) -> PyResult<()> {
            let name = name.to_string_lossy();
            Err(vm.new_attribute_error(match value {
                PySetterValue::Delete => format!("the camera's {name} cannot be deleted"),
                PySetterValue::Assign(_) => format!(
                    "the camera has no setting '{name}': use position or fov, or follow() and \
                     look_at()"
                ),
            }))
        }
    }

    settings_are_attributes!(PyEntity, PyText, PyGameTime, PyCamera);

    #[pyattr]
    fn camera(vm: &VirtualMachine) -> PyObjectRef {
        PyCamera.into_pyobject(vm)
    }

    /// `_reset()`: a new game (for the checks' `play`).
    #[pyfunction]
    fn _reset(vm: &VirtualMachine) -> PyResult<()> {
        super::reset(vm)
    }

    /// `_frame(namespace, dt, held, pressed)`: plays one frame of the game whose globals are
    /// `namespace` (for the checks' `play`); gives the names of the sounds it played.
    #[pyfunction]
    fn _frame(
        namespace: PyObjectRef,
        dt: ArgIntoFloat,
        held: PyObjectRef,
        pressed: PyObjectRef,
        vm: &VirtualMachine,
    ) -> PyResult<PyObjectRef> {
        let keys = |value: &PyObjectRef| -> PyResult<Vec<String>> {
            let items: Vec<PyObjectRef> = vm.extract_elements_with(value, Ok)?;
            items
                .iter()
                .map(|item| {
                    let name = item.str(vm)?.to_string_lossy().into_owned();
                    darbnica_game::normalize_key(&name).ok_or_else(|| {
                        vm.new_value_error(format!("'{name}' is not a key a game can use"))
                    })
                })
                .collect()
        };
        let held: BTreeSet<String> = keys(&held)?.into_iter().collect();
        let pressed = keys(&pressed)?;
        super::frame(vm, &namespace, dt.into_float() as f32, held, pressed)?;
        let sounds = super::take_changes()
            .sounds
            .into_iter()
            .map(|sound| vm.ctx.new_str(sound.name()).into())
            .collect();
        Ok(vm.ctx.new_list(sounds).into())
    }

    /// `_entities()`: the entities in the game, in the order they were made.
    #[pyfunction]
    fn _entities(vm: &VirtualMachine) -> PyObjectRef {
        let entities = with_game(|game| game.entities.values().cloned().collect());
        vm.ctx.new_list(entities).into()
    }

    /// `_texts()`: what the game's texts say, in the order they were made.
    #[pyfunction]
    fn _texts(vm: &VirtualMachine) -> PyObjectRef {
        let texts = with_world(|world| {
            world
                .texts()
                .map(|text| vm.ctx.new_str(text.text.as_str()).into())
                .collect()
        });
        vm.ctx.new_list(texts).into()
    }
}
