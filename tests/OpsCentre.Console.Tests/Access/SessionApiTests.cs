using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.Extensions.DependencyInjection;
using OpsCentre.Console.Access;
using OpsCentre.Incidents.Audit;

namespace OpsCentre.Console.Tests.Access;

/// <summary>Sign-in, roles and deny-by-default, over HTTP against a running node.</summary>
public sealed class SessionApiTests(NodeFixture fixture) : IClassFixture<NodeFixture>
{
    private TestNode Node => fixture.Node;

    [Theory]
    [InlineData("/health")]
    [InlineData("/metrics")]
    [InlineData("/signin.html")]
    [InlineData("/lib/leaflet/leaflet.js")]
    public async Task Probes_scrapers_and_the_sign_in_page_stay_open_to_anonymous_callers(string path)
    {
        using var client = Node.Client();

        var response = await client.GetAsync(path);

        Assert.True(response.StatusCode is HttpStatusCode.OK or HttpStatusCode.ServiceUnavailable, $"{path}: {response.StatusCode}");
    }

    [Theory]
    [InlineData("/api/incidents")]
    [InlineData("/api/system")]
    [InlineData("/api/map/links")]
    [InlineData("/api/views/cameras")]
    [InlineData("/api/session")]
    [InlineData("/hubs/live/negotiate?negotiateVersion=1")]
    public async Task Data_and_the_live_hub_need_a_signed_in_user(string path)
    {
        using var client = Node.Client();

        var response = path.StartsWith("/hubs", StringComparison.Ordinal) ? await client.PostAsync(path, null) : await client.GetAsync(path);

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
    }

    [Fact]
    public async Task An_operator_signs_in_and_reads_incidents()
    {
        using var client = await Node.SignedInAsync("operator");

        var session = await client.GetFromJsonAsync<SessionInfo>("/api/session", TestNode.Json);
        var incidents = await client.GetAsync("/api/incidents");

        Assert.Equal(new SessionInfo("operator", "operator", null, CanActOnIncidents: true, CanViewOperations: true), session);
        Assert.Equal(HttpStatusCode.OK, incidents.StatusCode);
    }

    [Fact]
    public async Task The_sign_in_cookie_is_http_only_and_same_site_strict()
    {
        using var client = Node.Client();

        var response = await client.PostAsJsonAsync("/api/session", new { userName = "analyst", password = "analyst-demo" });

        var cookie = Assert.Single(response.Headers.GetValues("Set-Cookie"));
        Assert.StartsWith(AccessRegistration.CookieName + "=", cookie);
        Assert.Contains("httponly", cookie, StringComparison.OrdinalIgnoreCase);
        Assert.Contains("samesite=strict", cookie, StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public async Task A_wrong_password_and_an_unknown_name_get_the_same_answer()
    {
        using var client = Node.Client();

        var wrongPassword = await client.PostAsJsonAsync("/api/session", new { userName = "supervisor", password = "guess" });
        var unknownName = await client.PostAsJsonAsync("/api/session", new { userName = "nobody-here", password = "guess" });

        Assert.Equal(HttpStatusCode.Unauthorized, wrongPassword.StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, unknownName.StatusCode);
        Assert.Equal(Detail(await wrongPassword.Content.ReadAsStringAsync()), Detail(await unknownName.Content.ReadAsStringAsync()));
        Assert.False(wrongPassword.Headers.Contains("Set-Cookie"));
    }

    [Fact]
    public async Task Repeated_failures_lock_the_name_even_against_the_right_password()
    {
        using var client = Node.Client();
        for (var i = 0; i < new AccessOptions().MaxFailedSignIns; i++)
        {
            await client.PostAsJsonAsync("/api/session", new { userName = "fire", password = "wrong" });
        }

        var locked = await client.PostAsJsonAsync("/api/session", new { userName = "fire", password = "fire-demo" });

        Assert.Equal(HttpStatusCode.TooManyRequests, locked.StatusCode);
        Assert.True(locked.Headers.RetryAfter?.Delta > TimeSpan.Zero);
    }

    [Theory]
    [InlineData("/api/incidents")]
    [InlineData("/api/system")]
    [InlineData("/api/map/links")]
    [InlineData("/api/views/topics")]
    public async Task A_partner_account_is_kept_out_of_the_operations_picture(string path)
    {
        using var client = await Node.SignedInAsync("police");

        var response = await client.GetAsync(path);

        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
    }

    [Fact]
    public async Task A_partner_session_names_its_partner()
    {
        using var client = await Node.SignedInAsync("ambulance");

        var session = await client.GetFromJsonAsync<SessionInfo>("/api/session", TestNode.Json);

        Assert.Equal(new SessionInfo("ambulance", "partner", "ambulance-swast", CanActOnIncidents: false, CanViewOperations: false), session);
    }

    [Fact]
    public async Task Signing_out_ends_the_session()
    {
        using var client = await Node.SignedInAsync("supervisor");

        var signedOut = await client.DeleteAsync("/api/session");
        var after = await client.GetAsync("/api/incidents");

        Assert.Equal(HttpStatusCode.NoContent, signedOut.StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, after.StatusCode);
    }

    [Fact]
    public void The_seeded_users_file_holds_hashes_not_the_demo_passwords()
    {
        var text = File.ReadAllText(Path.Combine(Node.Folder, "console-users.json"));
        var users = UsersFile.Load(Path.Combine(Node.Folder, "console-users.json"));

        Assert.Equal(DemoAccount.All.Select(a => (a.UserName, a.Role, a.PartnerId)), users.Select(u => (u.UserName, u.Role, u.PartnerId)));
        Assert.All(DemoAccount.All, account => Assert.DoesNotContain(account.Password, text));
        Assert.Contains(users, u => u.Role == ActorRole.Partner);
    }

    [Fact]
    public async Task Sign_ins_refusals_and_sign_outs_are_in_the_audit_trail()
    {
        using var client = Node.Client();
        await client.PostAsJsonAsync("/api/session", new { userName = "analyst", password = "not-it" });
        await client.PostAsJsonAsync("/api/session", new { userName = "analyst", password = "analyst-demo" });
        await client.DeleteAsync("/api/session");

        var trail = await Node.Services.GetRequiredService<IAuditLog>().ForSubjectAsync(SessionAudit.Subject, "analyst", CancellationToken.None);

        var last = trail.TakeLast(3).Select(e => (e.Action, e.Outcome, e.Actor)).ToList();
        Assert.Equal(
            [("sign-in", AuditOutcome.Refused, Actor.System("console-sign-in")), ("sign-in", AuditOutcome.Done, new Actor("analyst", ActorRole.Analyst)), ("sign-out", AuditOutcome.Done, new Actor("analyst", ActorRole.Analyst))],
            last);
    }

    private static string? Detail(string problemJson) => JsonDocument.Parse(problemJson).RootElement.GetProperty("detail").GetString();
}
