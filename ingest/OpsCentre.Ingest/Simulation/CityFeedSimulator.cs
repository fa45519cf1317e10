using OpsCentre.Contracts.Assets;
using OpsCentre.Contracts.Readings;

namespace OpsCentre.Ingest.Simulation;

/// <summary>
/// A seeded, synthetic city feed: each tick, every road link, camera and sensor in the catalogue reports once
/// (traffic, CCTV counts, NO2 + PM2.5, noise, indoor humidity, river level, lamp power), with realistic daily and
/// weekly rhythms, and incidents injected on schedule with their ground truth in <see cref="Incidents"/>.
/// The same assets, options and seed give the same events and incidents, however the ticks are pulled.
/// Simulated time runs on its own (<see cref="NextTick"/>, <see cref="Ticks"/>) or keeps pace with a
/// <see cref="TimeProvider"/> (<see cref="CatchUp"/>). Not thread-safe: one consumer pulls ticks.
/// </summary>
public sealed class CityFeedSimulator
{
    private readonly CityFeedOptions _options;
    private readonly TimeZoneInfo _zone;
    private readonly CityLayout _layout;
    private readonly IncidentInjector _injector;
    private readonly IncidentEffects _effects = new();
    private readonly RoadTrafficModel _traffic;
    private readonly CameraModel _cameras;
    private readonly AirQualityModel _air;
    private readonly NoiseModel _noise;
    private readonly HousingHumidityModel _homes;
    private readonly RiverModel _river;
    private readonly StreetlightModel _lights;

    public CityFeedSimulator(IEnumerable<AssetDescriptor> assets, CityFeedOptions options)
    {
        _options = options.Validated();
        _zone = TimeZoneInfo.FindSystemTimeZoneById(options.TimeZoneId);
        _layout = new CityLayout(assets);
        _injector = new IncidentInjector(_layout, options);
        var (seed, variability) = (options.Seed, options.Variability);
        _traffic = new RoadTrafficModel(_layout, seed, variability);
        _cameras = new CameraModel(_layout, _traffic, seed, variability);
        _air = new AirQualityModel(_layout, _traffic, seed, variability);
        _noise = new NoiseModel(_layout, _traffic, seed, variability);
        _homes = new HousingHumidityModel(_layout, seed, variability);
        _river = new RiverModel(_layout, seed, variability);
        _lights = new StreetlightModel(_layout, seed, variability);
        NextTickAt = options.Start;
    }

    /// <summary>Simulated time of the next tick.</summary>
    public DateTimeOffset NextTickAt { get; private set; }

    /// <summary>Every incident injected so far, in start order (ground truth for detection tests).</summary>
    public IReadOnlyList<InjectedIncident> Incidents => _injector.All;

    /// <summary>How many events each tick carries (every asset reports once; air monitors twice).</summary>
    public int EventsPerTick => _layout.EventsPerTick;

    public SimulatedTick NextTick()
    {
        var clock = TickClock.For(NextTickAt, _zone, _options.Tick, _options.Start);
        var started = _injector.Advance(clock, _effects);
        var events = new List<CityEvent>(_layout.EventsPerTick);
        _traffic.Emit(clock, _effects, events);
        _cameras.Emit(clock, _effects, events);
        _air.Emit(clock, _effects, events);
        _noise.Emit(clock, _effects, events);
        _homes.Emit(clock, _effects, events);
        _river.Emit(clock, _effects, events);
        _lights.Emit(clock, events);
        NextTickAt += _options.Tick;
        return new SimulatedTick(clock.At, events, started);
    }

    public IEnumerable<SimulatedTick> Ticks(int count)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(count);
        for (var i = 0; i < count; i++)
        {
            yield return NextTick();
        }
    }

    /// <summary>
    /// Every tick due by the clock's current time (those at or before it), oldest first, at most
    /// <paramref name="maxTicks"/> at once so a simulator started far in the past cannot produce an unbounded burst.
    /// </summary>
    public IReadOnlyList<SimulatedTick> CatchUp(TimeProvider clock, int maxTicks = 1_000)
    {
        ArgumentNullException.ThrowIfNull(clock);
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(maxTicks);
        var now = clock.GetUtcNow();
        var due = new List<SimulatedTick>();
        while (NextTickAt <= now && due.Count < maxTicks)
        {
            due.Add(NextTick());
        }

        return due;
    }
}
