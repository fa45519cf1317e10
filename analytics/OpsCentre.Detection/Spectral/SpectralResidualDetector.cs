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
/// Only the window is the detector's own: the transform's working arrays are rebuilt from it on every observation,
/// so they are shared per thread (<see cref="SpectralScratch"/>), and the FFT tables per length. An observation
/// allocates nothing once a thread has its scratch.
/// </summary>
public sealed class SpectralResidualDetector : IStreamDetector
{
    private readonly SpectralResidualOptions _options;
    private readonly RingBuffer _window;
    private readonly int _length;
    private readonly Radix2Fft? _radix2;

    public SpectralResidualDetector(SpectralResidualOptions? options = null)
    {
        _options = options ?? new SpectralResidualOptions();
        _options.Validate();
        _window = new RingBuffer(_options.WindowSize);
        _length = _options.WindowSize + _options.TailLength;
        if (_options.Engine != FourierEngine.MathNet)
        {
            _radix2 = Radix2Fft.ForLength(_length);
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
        var length = _length;
        var scratch = SpectralScratch.For(length);
        var (real, imaginary, logAmplitude) = (scratch.Real, scratch.Imaginary, scratch.LogAmplitude);
        for (var i = 0; i < n; i++)
        {
            real[i] = _window[i];
        }

        var tail = Extrapolate(n - 2);
        Array.Fill(real, tail, n, length - n);
        Array.Clear(imaginary);
        Transform(scratch, inverse: false);

        // Bins at rounding-noise level (a flat window leaves only DC) count as empty. Normalising their amplitude
        // to the neighbours' would blow rounding noise up into a saliency map that differs between FFT engines.
        var energy = 0.0;
        for (var i = 0; i < length; i++)
        {
            energy += real[i] * real[i] + imaginary[i] * imaginary[i];
        }

        var noiseFloor = energy * 1e-20;
        for (var i = 0; i < length; i++)
        {
            var power = real[i] * real[i] + imaginary[i] * imaginary[i];
            if (power <= noiseFloor)
            {
                real[i] = 0;
                imaginary[i] = 0;
                logAmplitude[i] = 0;
            }
            else
            {
                logAmplitude[i] = 0.5 * Math.Log(power);
            }
        }

        // Spectral residual R = L − A, A the moving average of the log amplitude L over q bins. The new spectrum
        // e^R·e^(iφ) is the old one times e^(−A): e^R = e^L·e^(−A) and e^L is the old amplitude.
        var q = _options.SpectrumAverage;
        var windowSum = 0.0;
        for (var i = 0; i < length; i++)
        {
            windowSum += logAmplitude[i] - (i >= q ? logAmplitude[i - q] : 0);
            var factor = Math.Exp(-windowSum / Math.Min(i + 1, q));
            real[i] *= factor;
            imaginary[i] *= factor;
        }

        Transform(scratch, inverse: true);

        var latest = n - 1;
        var z = _options.SaliencyAverage;
        var sum = 0.0;
        for (var i = latest - z; i < latest; i++)
        {
            sum += Saliency(scratch, i);
        }

        var localMean = sum / z;
        return localMean > 0 ? (Saliency(scratch, latest) - localMean) / localMean : 0;
    }

    private static double Saliency(SpectralScratch scratch, int index) =>
        Math.Sqrt(scratch.Real[index] * scratch.Real[index] + scratch.Imaginary[index] * scratch.Imaginary[index]);

    private void Transform(SpectralScratch scratch, bool inverse)
    {
        if (_radix2 is not null)
        {
            if (inverse)
            {
                _radix2.Inverse(scratch.Real, scratch.Imaginary);
            }
            else
            {
                _radix2.Forward(scratch.Real, scratch.Imaginary);
            }

            return;
        }

        var buffer = scratch.MathNetBuffer;
        for (var i = 0; i < buffer.Length; i++)
        {
            buffer[i] = new Complex(scratch.Real[i], scratch.Imaginary[i]);
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
            scratch.Real[i] = buffer[i].Real;
            scratch.Imaginary[i] = buffer[i].Imaginary;
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
