using System.Numerics;
using MathNet.Numerics.IntegralTransforms;
using OpsCentre.Detection.Primitives;

namespace OpsCentre.Detection.Spectral;

/// <summary>
/// Spectral residual saliency (Ren et al., "Time-Series Anomaly Detection Service at Microsoft", KDD 2019; the
/// method under ML.NET's SrCnn detector) over a sliding window. The latest point sits at the window's edge, where
/// the FFT's implicit periodicity hides it, so the window is extended with the paper's extrapolated tail: κ copies
/// of x̂ = x_{j−m+1} + ḡ·m, ḡ the mean gradient from x_j to the m points before it. As in ML.NET, j is the point
/// before the latest: extrapolating from the latest point itself would let a spike drag its tail up with it and
/// hide inside a step.
/// All buffers are allocated once; an observation allocates nothing.
/// </summary>
public sealed class SpectralResidualDetector : IStreamDetector
{
    private readonly SpectralResidualOptions _options;
    private readonly RingBuffer _window;
    private readonly double[] _real;
    private readonly double[] _imaginary;
    private readonly double[] _logAmplitude;
    private readonly Complex[]? _mathNetBuffer;
    private readonly Radix2Fft? _radix2;

    public SpectralResidualDetector(SpectralResidualOptions? options = null)
    {
        _options = options ?? new SpectralResidualOptions();
        _options.Validate();
        _window = new RingBuffer(_options.WindowSize);
        var length = _options.WindowSize + _options.TailLength;
        _real = new double[length];
        _imaginary = new double[length];
        _logAmplitude = new double[length];
        if (_options.Engine == FourierEngine.MathNet)
        {
            _mathNetBuffer = new Complex[length];
        }
        else
        {
            _radix2 = new Radix2Fft(length);
        }
    }

    /// <summary>The saliency ratio scaled onto the common surprise scale (see <see cref="SpectralResidualOptions.HalfScoreRatio"/>).</summary>
    public double LastSurprise { get; private set; }

    public DetectionResult Observe(DateTime timestamp, double value)
    {
        var expected = _window.Count > _options.GradientPoints ? Extrapolate(_window.Count - 1) : value;
        _window.Add(value);
        if (!_window.IsFull)
        {
            LastSurprise = 0;
            return DetectionResult.Quiet;
        }

        // The saliency ratio has no closed-form null distribution; it is scaled so that HalfScoreRatio sits at the
        // common half-score surprise, which makes the score r / (r + HalfScoreRatio).
        LastSurprise = Math.Max(0, SaliencyRatio()) / _options.HalfScoreRatio * Surprise.HalfScore;
        return new DetectionResult(Surprise.ToScore(LastSurprise), new Explanation(DetectorComponent.SpectralResidual, AnomalyKind.SpectralSaliency, expected, value));
    }

    /// <summary>(S − S̄)/S̄ for the latest point: its saliency relative to the mean of the preceding z saliencies.</summary>
    private double SaliencyRatio()
    {
        var n = _options.WindowSize;
        var length = _real.Length;
        for (var i = 0; i < n; i++)
        {
            _real[i] = _window[i];
        }

        var tail = Extrapolate(n - 2);
        Array.Fill(_real, tail, n, length - n);
        Array.Clear(_imaginary);
        Transform(inverse: false);

        // Bins at rounding-noise level (a flat window leaves only DC) count as empty. Normalising their amplitude
        // to the neighbours' would blow rounding noise up into a saliency map that differs between FFT engines.
        var energy = 0.0;
        for (var i = 0; i < length; i++)
        {
            energy += _real[i] * _real[i] + _imaginary[i] * _imaginary[i];
        }

        var noiseFloor = energy * 1e-20;
        for (var i = 0; i < length; i++)
        {
            var power = _real[i] * _real[i] + _imaginary[i] * _imaginary[i];
            if (power <= noiseFloor)
            {
                _real[i] = 0;
                _imaginary[i] = 0;
                _logAmplitude[i] = 0;
            }
            else
            {
                _logAmplitude[i] = 0.5 * Math.Log(power);
            }
        }

        // Spectral residual R = L − A, A the moving average of the log amplitude L over q bins. The new spectrum
        // e^R·e^(iφ) is the old one times e^(−A): e^R = e^L·e^(−A) and e^L is the old amplitude.
        var q = _options.SpectrumAverage;
        var windowSum = 0.0;
        for (var i = 0; i < length; i++)
        {
            windowSum += _logAmplitude[i] - (i >= q ? _logAmplitude[i - q] : 0);
            var factor = Math.Exp(-windowSum / Math.Min(i + 1, q));
            _real[i] *= factor;
            _imaginary[i] *= factor;
        }

        Transform(inverse: true);

        var latest = n - 1;
        var z = _options.SaliencyAverage;
        var sum = 0.0;
        for (var i = latest - z; i < latest; i++)
        {
            sum += Saliency(i);
        }

        var localMean = sum / z;
        return localMean > 0 ? (Saliency(latest) - localMean) / localMean : 0;
    }

    private double Saliency(int index) => Math.Sqrt(_real[index] * _real[index] + _imaginary[index] * _imaginary[index]);

    private void Transform(bool inverse)
    {
        if (_radix2 is not null)
        {
            if (inverse)
            {
                _radix2.Inverse(_real, _imaginary);
            }
            else
            {
                _radix2.Forward(_real, _imaginary);
            }

            return;
        }

        var buffer = _mathNetBuffer!;
        for (var i = 0; i < buffer.Length; i++)
        {
            buffer[i] = new Complex(_real[i], _imaginary[i]);
        }

        if (inverse)
        {
            Fourier.Inverse(buffer, FourierOptions.NoScaling);
        }
        else
        {
            Fourier.Forward(buffer, FourierOptions.NoScaling);
        }

        for (var i = 0; i < buffer.Length; i++)
        {
            _real[i] = buffer[i].Real;
            _imaginary[i] = buffer[i].Imaginary;
        }
    }

    /// <summary>The paper's estimate for the point after <paramref name="last"/>: x_{last−m+1} + ḡ·m.</summary>
    private double Extrapolate(int last)
    {
        var m = Math.Min(_options.GradientPoints, last);
        if (m < 1)
        {
            return _window[last];
        }

        var gradient = 0.0;
        for (var i = 1; i <= m; i++)
        {
            gradient += (_window[last] - _window[last - i]) / i;
        }

        gradient /= m;
        return _window[last - m + 1] + gradient * m;
    }
}
