using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace OpsCentre.Console.Interop;

/// <summary>
/// Third-party feeds into the node: the NGSI-LD and Frigate endpoints (when a token is configured) and, on every node, the
/// relay that keeps the catalogue in step with assets registered at run time anywhere (endpoints: <see cref="InteropEndpoints.MapInterop"/>).
/// Needs the city registered.
/// </summary>
public static class InteropFeatures
{
    public static IServiceCollection AddInterop(this IServiceCollection services)
    {
        services.AddSingleton(sp =>
            (sp.GetRequiredService<IConfiguration>().GetSection(InteropOptions.Section).Get<InteropOptions>() ?? new InteropOptions()).Validated());
        services.AddSingleton<InteropPublisher>();
        services.AddSingleton<NgsiLdIngest>();
        services.AddSingleton<FrigateIngest>();
        services.AddHostedService<AssetRegistryRelay>();
        return services;
    }
}
