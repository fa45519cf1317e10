using OpsCentre.Alerts.Partners;
using OpsCentre.Alerts.Tests.Support;

namespace OpsCentre.Alerts.Tests.Storage;

public sealed class SqlPartnerRegistryTests
{
    private static readonly CancellationToken None = CancellationToken.None;
    private static readonly Uri Endpoint = new("https://police.example/cap");

    [Fact]
    public async Task Partner_authenticates_with_its_key_and_the_key_itself_is_not_stored()
    {
        await using var harness = await AlertHarness.CreateAsync();
        var (partner, credentials) = await harness.RegisterAsync("police-avon", PartnerService.Police, Endpoint, new RoutingRule(["possible-collision"], 2));

        Assert.Equal(partner.PartnerId, (await harness.Partners.AuthenticateAsync(credentials.ApiKey, None))!.PartnerId);
        Assert.Null(await harness.Partners.AuthenticateAsync(credentials.ApiKey + "x", None));
        Assert.Null(await harness.Partners.AuthenticateAsync(credentials.SigningSecret, None));
        var stored = await harness.Database.ReadAsync(async connection =>
        {
            await using var command = connection.CreateCommand();
            command.CommandText = "SELECT api_key_hash FROM partners";
            return (string)(await command.ExecuteScalarAsync())!;
        }, None);
        Assert.NotEqual(credentials.ApiKey, stored);
        Assert.Equal(PartnerSecrets.HashApiKey(credentials.ApiKey), stored);
    }

    [Fact]
    public async Task Routing_round_trips_and_deactivated_partner_cannot_authenticate()
    {
        await using var harness = await AlertHarness.CreateAsync();
        var (partner, credentials) = await harness.RegisterAsync("police-avon", PartnerService.Police, Endpoint,
            new RoutingRule(["possible-collision", "fire"], 2, new GeoBounds(51.3, -2.8, 51.6, -2.4)));

        await harness.Partners.UpdateAsync(partner with { Active = false }, None);

        var stored = (await harness.Partners.GetAsync("police-avon", None))!;
        Assert.Equal(partner.Routes.Single().Kinds, stored.Routes.Single().Kinds);
        Assert.Equal(partner.Routes.Single().Area, stored.Routes.Single().Area);
        Assert.False(stored.Active);
        Assert.Null(await harness.Partners.AuthenticateAsync(credentials.ApiKey, None));
    }

    [Fact]
    public async Task Registering_the_same_id_twice_or_an_invalid_partner_is_refused()
    {
        await using var harness = await AlertHarness.CreateAsync();
        await harness.RegisterAsync("police-avon", PartnerService.Police, Endpoint);

        await Assert.ThrowsAsync<InvalidOperationException>(() => harness.RegisterAsync("police-avon", PartnerService.Police, Endpoint));
        await Assert.ThrowsAsync<ArgumentException>(() => harness.RegisterAsync("Police Avon", PartnerService.Police, Endpoint));
    }
}
