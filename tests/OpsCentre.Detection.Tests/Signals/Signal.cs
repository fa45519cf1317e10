namespace OpsCentre.Detection.Tests.Signals;

/// <summary>A synthetic stream: readings every five minutes, built from a seeded generator so every run is identical.</summary>
internal sealed record Signal(DateTime[] Times, double[] Values)
{
    public static readonly DateTime Start = new(2024, 1, 1);
    public static readonly TimeSpan Interval = TimeSpan.FromMinutes(5);

    public int Length => Values.Length;

    /// <summary>Readings per day at the five-minute interval.</summary>
    public const int PerDay = 288;

    /// <summary>Gaussian noise around <paramref name="mean"/>.</summary>
    public static Signal Noise(int length, int seed, double mean = 50, double deviation = 2)
    {
        var random = new Random(seed);
        var values = new double[length];
        for (var i = 0; i < length; i++)
        {
            values[i] = mean + deviation * Gaussian(random);
        }

        return new Signal(TimesFor(length), values);
    }

    /// <summary>A daily cycle (a smooth day/night swing) with Gaussian noise.</summary>
    public static Signal Daily(int length, int seed, double amplitude = 20, double deviation = 1.5)
    {
        var random = new Random(seed);
        var values = new double[length];
        for (var i = 0; i < length; i++)
        {
            values[i] = 50 + amplitude * Math.Sin(2 * Math.PI * i / PerDay) + deviation * Gaussian(random);
        }

        return new Signal(TimesFor(length), values);
    }

    public Signal WithSpike(int at, double height)
    {
        var values = (double[])Values.Clone();
        values[at] += height;
        return this with { Values = values };
    }

    public Signal WithLevelShift(int from, double shift)
    {
        var values = (double[])Values.Clone();
        for (var i = from; i < values.Length; i++)
        {
            values[i] += shift;
        }

        return this with { Values = values };
    }

    /// <summary>From <paramref name="from"/> on, the daily cycle runs in antiphase (peaks where troughs were).</summary>
    public Signal WithInvertedSeason(int from, double amplitude = 20)
    {
        var values = (double[])Values.Clone();
        for (var i = from; i < values.Length; i++)
        {
            values[i] -= 2 * amplitude * Math.Sin(2 * Math.PI * i / PerDay);
        }

        return this with { Values = values };
    }

    public Signal WithFlatline(int from, int length)
    {
        var values = (double[])Values.Clone();
        for (var i = from; i < Math.Min(values.Length, from + length); i++)
        {
            values[i] = values[from - 1];
        }

        return this with { Values = values };
    }

    /// <summary>The same readings, stamped <paramref name="interval"/> apart instead of five minutes.</summary>
    public Signal SampledEvery(TimeSpan interval) => this with { Times = Enumerable.Range(0, Length).Select(i => Start + i * interval).ToArray() };

    /// <summary>From <paramref name="at"/> on, every reading arrives <paramref name="gap"/> later: the sensor was silent that long.</summary>
    public Signal WithGap(int at, TimeSpan gap) => this with { Times = Times.Select((t, i) => i >= at ? t + gap : t).ToArray() };

    /// <summary>Runs the signal through a detector and returns every score.</summary>
    public double[] ScoresFrom(IStreamDetector detector) => ResultsFrom(detector).Select(r => r.Score).ToArray();

    public DetectionResult[] ResultsFrom(IStreamDetector detector)
    {
        var results = new DetectionResult[Length];
        for (var i = 0; i < Length; i++)
        {
            results[i] = detector.Observe(Times[i], Values[i]);
        }

        return results;
    }

    private static DateTime[] TimesFor(int length) => Enumerable.Range(0, length).Select(i => Start + i * Interval).ToArray();

    private static double Gaussian(Random random) =>
        Math.Sqrt(-2 * Math.Log(1 - random.NextDouble())) * Math.Cos(2 * Math.PI * random.NextDouble());
}
