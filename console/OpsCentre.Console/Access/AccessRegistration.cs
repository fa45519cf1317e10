using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.AspNetCore.DataProtection.KeyManagement;
using Microsoft.AspNetCore.DataProtection.Repositories;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using OpsCentre.Console.Node;

namespace OpsCentre.Console.Access;

/// <summary>Cookie sign-in, roles and the deny-by-default authorization of the console.</summary>
public static class AccessRegistration
{
    public const string CookieName = "opscentre.session";

    public static IServiceCollection AddConsoleAccess(this IServiceCollection services)
    {
        services.AddOptions<AccessOptions>().BindConfiguration(AccessOptions.Section).ValidateOnStart();
        services.AddSingleton<IValidateOptions<AccessOptions>, AccessOptionsValidator>();
        services.AddSingleton<UserDirectory>();
        services.AddHostedService(sp => sp.GetRequiredService<UserDirectory>());
        services.AddSingleton<SignInThrottle>();
        services.AddSingleton<SessionAudit>();

        // Keys on disk, not in memory, so a restarted node still reads the cookies it issued before.
        services.AddDataProtection().SetApplicationName("OpsCentre.Console");
        services.AddOptions<KeyManagementOptions>().Configure<IOptions<AccessOptions>, NodeOptions, ILoggerFactory>((keys, access, node, loggers) =>
            keys.XmlRepository = new FileSystemXmlRepository(Directory.CreateDirectory(access.Value.KeysDirectoryPath(node.Store)), loggers));

        services.AddAuthentication(CookieAuthenticationDefaults.AuthenticationScheme).AddCookie();
        services.AddOptions<CookieAuthenticationOptions>(CookieAuthenticationDefaults.AuthenticationScheme)
            .Configure<IOptions<AccessOptions>>((cookie, access) => ConfigureCookie(cookie, access.Value));
        services.AddAuthorization(ConsolePolicies.Add);
        return services;
    }

    public static WebApplication UseConsoleAccess(this WebApplication app)
    {
        app.UseAuthentication();
        app.UseAuthorization();
        return app;
    }

    private static void ConfigureCookie(CookieAuthenticationOptions cookie, AccessOptions access)
    {
        cookie.Cookie.Name = CookieName;
        cookie.Cookie.HttpOnly = true;
        // Strict: no other site can make the browser send it, which is the console's CSRF defence together with
        // JSON-only bodies (a cross-site form cannot post application/json without a CORS preflight we never grant).
        cookie.Cookie.SameSite = SameSiteMode.Strict;
        cookie.Cookie.SecurePolicy = CookieSecurePolicy.SameAsRequest;
        cookie.ExpireTimeSpan = access.SessionLifetime;
        cookie.SlidingExpiration = true;
        // The console is a single page talking JSON: answer 401/403 and let the page go to the sign-in screen.
        cookie.Events.OnRedirectToLogin = context =>
        {
            context.Response.StatusCode = StatusCodes.Status401Unauthorized;
            return Task.CompletedTask;
        };
        cookie.Events.OnRedirectToAccessDenied = context =>
        {
            context.Response.StatusCode = StatusCodes.Status403Forbidden;
            return Task.CompletedTask;
        };
        // An account removed from the users file, or given another role, loses its open sessions at the next request.
        cookie.Events.OnValidatePrincipal = context =>
        {
            var users = context.HttpContext.RequestServices.GetRequiredService<UserDirectory>();
            var principal = context.Principal;
            var current = principal?.Identity?.Name is { } name ? users.Find(name) : null;
            if (current is null || !principal!.IsInRole(ConsolePolicies.RoleName(current.Role)) || principal.PartnerId() != current.PartnerId)
            {
                context.RejectPrincipal();
            }

            return Task.CompletedTask;
        };
    }
}
