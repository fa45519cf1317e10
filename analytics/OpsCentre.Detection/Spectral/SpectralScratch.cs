using System.Numerics;

namespace OpsCentre.Detection.Spectral;

/// <summary>
/// The spectral residual's working arrays, one set per thread. They hold nothing between observations (each one
/// refills them from the detector's window), so a city of detectors on one thread needs one set, not one each.
/// </summary>
internal sealed class SpectralScratch
{
    [ThreadStatic]
    private static SpectralScratch? _current;

    [ThreadStatic]
    private static Dictionary<int, SpectralScratch>? _bySize;

    private SpectralScratch(int length)
    {
        Real = new double[length];
        Imaginary = new double[length];
        LogAmplitude = new double[length];
        MathNetBuffer = new Complex[length];
    }

    public double[] Real { get; }

    public double[] Imaginary { get; }

    public double[] LogAmplitude { get; }

    public Complex[] MathNetBuffer { get; }

    /// <summary>This thread's scratch for transforms of <paramref name="length"/> points.</summary>
    public static SpectralScratch For(int length)
    {
        var scratch = _current;
        if (scratch is not null && scratch.Real.Length == length)
        {
            return scratch;
        }

        // Streams of different window sizes on one thread each keep their set rather than trading one back and forth.
        _bySize ??= [];
        if (!_bySize.TryGetValue(length, out scratch))
        {
            scratch = _bySize[length] = new SpectralScratch(length);
        }

        return _current = scratch;
    }
}
