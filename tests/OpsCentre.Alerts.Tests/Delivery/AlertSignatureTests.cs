using System.Text;
using OpsCentre.Alerts.Delivery;

namespace OpsCentre.Alerts.Tests.Delivery;

public sealed class AlertSignatureTests
{
    private static readonly DateTimeOffset Now = new(2026, 11, 3, 8, 0, 0, TimeSpan.Zero);
    private static readonly byte[] Body = Encoding.UTF8.GetBytes("<alert/>");

    [Fact]
    public void Signature_verifies_with_the_same_secret_and_body()
    {
        Assert.True(AlertSignature.Verify("ocps_secret", AlertSignature.Sign("ocps_secret", Now, Body), Body, Now.AddSeconds(30), TimeSpan.FromMinutes(5)));
    }

    [Fact]
    public void Altered_body_wrong_secret_or_stale_timestamp_fail()
    {
        var header = AlertSignature.Sign("ocps_secret", Now, Body);

        Assert.False(AlertSignature.Verify("ocps_secret", header, Encoding.UTF8.GetBytes("<alert>x</alert>"), Now, TimeSpan.FromMinutes(5)));
        Assert.False(AlertSignature.Verify("ocps_other", header, Body, Now, TimeSpan.FromMinutes(5)));
        Assert.False(AlertSignature.Verify("ocps_secret", header, Body, Now.AddMinutes(6), TimeSpan.FromMinutes(5)));
        Assert.False(AlertSignature.Verify("ocps_secret", "t=1,v1=zz", Body, Now, TimeSpan.FromMinutes(5)));
        Assert.False(AlertSignature.Verify("ocps_secret", null, Body, Now, TimeSpan.FromMinutes(5)));
    }
}
