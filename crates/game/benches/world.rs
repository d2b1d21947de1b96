//! The engine's part of a frame for 50, 200 and 1,000 moving entities with colliders: every entity
//! asks whether it meets the player (as a coin or an enemy does), the player asks what it touches,
//! the world moves what has a velocity and hands over the changes. The Python side of a frame is
//! measured by `cargo xtask bench game`.

use std::collections::BTreeSet;

use criterion::{BenchmarkId, Criterion, criterion_group, criterion_main};
use darbnica_game::{Entity, World};
use glam::Vec3;

fn world_of(count: usize) -> (World, Vec<darbnica_game::EntityId>) {
    let mut world = World::new();
    let cube = world.add_model(vec![-0.5, -0.5, -0.5, 0.5, 0.5, 0.5], Vec::new());
    let mut ids = Vec::new();
    for index in 0..count {
        let mut entity = Entity::new(cube);
        let angle = index as f32 * 0.7;
        entity.position = Vec3::new(angle.cos() * 20.0, 0.0, angle.sin() * 20.0);
        entity.velocity = Vec3::new(-angle.sin(), 0.0, angle.cos());
        ids.push(world.spawn(entity).expect("room"));
    }
    let _ = world.take_changes();
    (world, ids)
}

fn frame(criterion: &mut Criterion) {
    let mut group = criterion.benchmark_group("frame");
    for count in [50, 200, 1_000] {
        let (mut world, ids) = world_of(count);
        let player = ids[0];
        group.bench_with_input(BenchmarkId::from_parameter(count), &count, |bench, _| {
            bench.iter(|| {
                world.begin_frame(1.0 / 60.0, BTreeSet::new(), Vec::new());
                let mut hits = 0;
                for id in &ids[1..] {
                    hits += usize::from(world.intersects(*id, player));
                }
                hits += world.touching(player).len();
                world.end_frame();
                (hits, world.take_changes())
            });
        });
    }
    group.finish();
}

criterion_group!(benches, frame);
criterion_main!(benches);
