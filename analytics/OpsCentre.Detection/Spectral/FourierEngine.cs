namespace OpsCentre.Detection.Spectral;

/// <summary>Which FFT the spectral residual runs on.</summary>
public enum FourierEngine
{
    /// <summary>MathNet.Numerics' <c>Fourier</c> transform: the reference, about 10 µs per 64-point transform.</summary>
    MathNet,

    /// <summary>A radix-2 transform with twiddles computed once (needs a power-of-two length): same result, ~20× faster.</summary>
    CachedRadix2,
}
