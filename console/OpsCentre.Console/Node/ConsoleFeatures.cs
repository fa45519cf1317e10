using Microsoft.AspNetCore.Builder;
using Microsoft.Extensions.DependencyInjection;

namespace OpsCentre.Console.Node;

/// <summary>
/// The console's user-facing features (sign-in and roles, page-specific endpoints), registered into every node.
/// </summary>
public static class ConsoleFeatures
{
    public static IServiceCollection AddConsoleFeatures(this IServiceCollection services, NodeOptions options)
    {
        _ = options;
        return services;
    }

    /// <summary>Called after routing is set up and before the API endpoints are mapped.</summary>
    public static WebApplication UseConsoleFeatures(this WebApplication app) => app;

    public static WebApplication MapConsoleFeatures(this WebApplication app) => app;
}
