using System.Security.Claims;
using OpsCentre.Console.Access;
using OpsCentre.Incidents.Audit;

namespace OpsCentre.Console.Tests.Access;

public sealed class CurrentActorTests
{
    [Fact]
    public void Staff_act_under_their_account_name_and_role()
    {
        var principal = SessionEndpoints.Principal(new ConsoleUser("desk-1", ActorRole.Supervisor, "unused"));

        Assert.Equal(new Actor("desk-1", ActorRole.Supervisor), principal.ToActor());
        Assert.Null(principal.PartnerId());
    }

    [Fact]
    public void Partners_act_under_their_partner_id()
    {
        var principal = SessionEndpoints.Principal(new ConsoleUser("avon-duty", ActorRole.Partner, "unused", "police-avon"));

        Assert.Equal(new Actor("police-avon", ActorRole.Partner), principal.ToActor());
        Assert.Equal("police-avon", principal.PartnerId());
    }

    [Fact]
    public void A_partner_id_claim_on_a_staff_account_is_ignored()
    {
        var identity = new ClaimsIdentity([new Claim(ClaimTypes.Name, "desk-1"), new Claim(ClaimTypes.Role, "operator"), new Claim(ConsoleClaims.PartnerId, "police")], "test");

        Assert.Null(new ClaimsPrincipal(identity).PartnerId());
    }

    [Fact]
    public void Asking_for_the_actor_of_an_anonymous_request_is_a_programming_error()
    {
        Assert.Throws<InvalidOperationException>(() => new ClaimsPrincipal(new ClaimsIdentity()).ToActor());
    }
}
