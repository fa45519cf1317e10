using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;

namespace OpsCentre.Detection.Primitives;

/// <summary>
/// An in-place iterative radix-2 FFT on separate real and imaginary arrays, with the bit-reversal permutation and
/// twiddle factors computed once per size. MathNet's managed transform recomputes its twiddles on every call,
/// which costs about 10 µs for 64 points; the spectral residual needs two transforms per observation, so the
/// streaming hot path uses this one. Tests hold it to MathNet's result.
/// </summary>
internal sealed class Radix2Fft
{
    private static readonly System.Collections.Concurrent.ConcurrentDictionary<int, Radix2Fft> BySize = new();
    private readonly int[] _bitReversed;
    private readonly double[] _cos;
    private readonly double[] _sin;

    /// <summary>The shared transform for <paramref name="length"/> points: its tables are read-only once built.</summary>
    public static Radix2Fft ForLength(int length) => BySize.GetOrAdd(length, static n => new Radix2Fft(n));

    public Radix2Fft(int length)
    {
        if (length < 2 || (length & (length - 1)) != 0)
        {
            throw new ArgumentOutOfRangeException(nameof(length), length, "A radix-2 FFT needs a power-of-two length of at least 2.");
        }

        Length = length;
        _bitReversed = new int[length];
        var bits = System.Numerics.BitOperations.Log2((uint)length);
        for (var i = 0; i < length; i++)
        {
            _bitReversed[i] = (int)(ReverseBits((uint)i) >> (32 - bits));
        }

        _cos = new double[length / 2];
        _sin = new double[length / 2];
        for (var k = 0; k < length / 2; k++)
        {
            _cos[k] = Math.Cos(2 * Math.PI * k / length);
            _sin[k] = Math.Sin(2 * Math.PI * k / length);
        }
    }

    public int Length { get; }

    /// <summary>X_k = Σ x_j e^(−2πijk/N), unscaled (MathNet's <c>FourierOptions.NoScaling</c>).</summary>
    public void Forward(Span<double> real, Span<double> imaginary) => Transform(real, imaginary, -1);

    /// <summary>x_j = Σ X_k e^(+2πijk/N), unscaled.</summary>
    public void Inverse(Span<double> real, Span<double> imaginary) => Transform(real, imaginary, +1);

    private void Transform(Span<double> real, Span<double> imaginary, int sign)
    {
        var n = Length;
        if (real.Length < n || imaginary.Length < n)
        {
            throw new ArgumentException($"The FFT needs {n} values in each span.");
        }

        for (var i = 0; i < n; i++)
        {
            var j = _bitReversed[i];
            if (j > i)
            {
                (real[i], real[j]) = (real[j], real[i]);
                (imaginary[i], imaginary[j]) = (imaginary[j], imaginary[i]);
            }
        }

        // Butterflies through refs: the indices are provably in range (a < b < n, checked above), and the bounds
        // checks the JIT cannot remove here would cost more than the arithmetic.
        ref var re = ref MemoryMarshal.GetReference(real);
        ref var im = ref MemoryMarshal.GetReference(imaginary);
        for (var size = 2; size <= n; size <<= 1)
        {
            var half = size >> 1;
            var stride = n / size;
            for (var k = 0; k < half; k++)
            {
                // Each twiddle is loaded once and applied to every block of this stage.
                var wr = _cos[k * stride];
                var wi = sign * _sin[k * stride];
                for (var a = k; a < n; a += size)
                {
                    var b = a + half;
                    ref var reA = ref Unsafe.Add(ref re, a);
                    ref var imA = ref Unsafe.Add(ref im, a);
                    ref var reB = ref Unsafe.Add(ref re, b);
                    ref var imB = ref Unsafe.Add(ref im, b);
                    var tr = reB * wr - imB * wi;
                    var ti = reB * wi + imB * wr;
                    reB = reA - tr;
                    imB = imA - ti;
                    reA += tr;
                    imA += ti;
                }
            }
        }
    }

    private static uint ReverseBits(uint value)
    {
        value = ((value >> 1) & 0x55555555u) | ((value & 0x55555555u) << 1);
        value = ((value >> 2) & 0x33333333u) | ((value & 0x33333333u) << 2);
        value = ((value >> 4) & 0x0F0F0F0Fu) | ((value & 0x0F0F0F0Fu) << 4);
        value = ((value >> 8) & 0x00FF00FFu) | ((value & 0x00FF00FFu) << 8);
        return (value >> 16) | (value << 16);
    }
}
