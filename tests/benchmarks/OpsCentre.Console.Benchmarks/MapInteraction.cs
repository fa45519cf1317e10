namespace OpsCentre.Console.Benchmarks;

/// <summary>
/// The browser side of the measurement: with the synthetic assets on the map, time a status change of one asset and
/// of 10% of them, then zoom in twice, pan about and zoom out again with animation while recording every frame's
/// duration (requestAnimationFrame deltas), which is what an operator feels as smooth or not.
/// </summary>
public static class MapInteraction
{
    /// <summary>Arguments: asset count. Returns JSON: oneMs, tenthMs, frames (milliseconds each).</summary>
    public const string Measure = """
        const done = arguments[arguments.length - 1];
        (async () => {
          const view = window.opsMapProbe;
          const count = arguments[0];
          const assets = Array.from({ length: count }, (_, i) => view.assets.get(`syn-${String(i).padStart(5, '0')}`));
          const one = await view.assets.update(assets.map((a, i) => (i === 7 ? { ...a, status: 'Degraded' } : a)));
          const tenth = await view.assets.update(assets.map((a, i) => (i % 10 === 0 ? { ...a, status: 'Offline' } : a)));
          const map = view.map;
          map.setView([51.4545, -2.5879], 12, { animate: false });
          await new Promise(resolve => setTimeout(resolve, 300));
          const frames = [];
          let last = performance.now();
          let running = true;
          const loop = now => { frames.push(now - last); last = now; if (running) requestAnimationFrame(loop); };
          requestAnimationFrame(loop);
          const settled = () => new Promise(resolve => map.once('moveend', () => setTimeout(resolve, 50)));
          for (const [zoom, dx, dy] of [[1, 0, 0], [1, 0, 0], [0, 400, 0], [0, 0, 300], [0, -400, -300], [-1, 0, 0], [-1, 0, 0]]) {
            const moved = settled();
            if (zoom) map.setZoom(map.getZoom() + zoom, { animate: true });
            else map.panBy([dx, dy], { animate: true, duration: 0.6 });
            await moved;
          }
          running = false;
          done(JSON.stringify({ oneMs: one.milliseconds, tenthMs: tenth.milliseconds, restyled: tenth.restyled, frames: frames.slice(1) }));
        })().catch(error => done(JSON.stringify({ error: String(error) })));
        """;
}
