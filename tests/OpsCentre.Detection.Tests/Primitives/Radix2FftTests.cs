using System.Numerics;
using MathNet.Numerics.IntegralTransforms;
using OpsCentre.Detection.Primitives;

namespace OpsCentre.Detection.Tests.Primitives;

public class Radix2FftTests
{
    [Theory]
    [InlineData(2)]
    [InlineData(16)]
    [InlineData(64)]
    [InlineData(256)]
    public void Forward_and_inverse_match_MathNet(int length)
    {
        var random = new Random(length);
        var samples = Enumerable.Range(0, length).Select(_ => new Complex(random.NextDouble() * 10 - 5, random.NextDouble())).ToArray();
        var real = samples.Select(c => c.Real).ToArray();
        var imaginary = samples.Select(c => c.Imaginary).ToArray();
        var reference = (Complex[])samples.Clone();
        var fft = new Radix2Fft(length);

        fft.Forward(real, imaginary);
        Fourier.Forward(reference, FourierOptions.NoScaling);
        AssertClose(reference, real, imaginary);

        fft.Inverse(real, imaginary);
        Fourier.Inverse(reference, FourierOptions.NoScaling);
        AssertClose(reference, real, imaginary);
    }

    [Fact]
    public void A_length_that_is_not_a_power_of_two_is_rejected()
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => new Radix2Fft(69));
    }

    private static void AssertClose(Complex[] expected, double[] real, double[] imaginary)
    {
        for (var i = 0; i < expected.Length; i++)
        {
            Assert.Equal(expected[i].Real, real[i], 1e-9);
            Assert.Equal(expected[i].Imaginary, imaginary[i], 1e-9);
        }
    }
}
