using System.Net;

namespace OpsCentre.Console.Tests.Access;

public sealed class SessionRestartTests
{
    [Fact]
    public async Task A_sign_in_survives_a_restart_of_the_node()
    {
        await using var node = await TestNode.StartAsync();
        using var client = await node.SignedInAsync("operator");

        await node.RestartAsync();
        var response = await client.GetAsync("/api/incidents");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
    }
}
