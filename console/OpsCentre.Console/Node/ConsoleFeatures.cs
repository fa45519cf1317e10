using Microsoft.AspNetCore.Builder;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using OpsCentre.Console.Access;
using OpsCentre.Console.Views;

namespace OpsCentre.Console.Node;

/// <summary>
/// The console's user-facing features, registered into every node: sign-in and roles (Access/), and the data only
/// the pages need (Views/: the road-link base layer, the CCTV panel, topic flow, service levels).
/// </summary>
public static class ConsoleFeatures
{
    public static IServiceCollection AddConsoleFeatures(this IServiceCollection services, NodeOptions options)
    {
        services.AddConsoleAccess();
        services.AddSingleton(new RoadLinkLayer(options));
        services.AddSingleton(sp => Bind<CameraPanelOptions>(sp, CameraPanelOptions.Section, o => o.Validate()));
        services.AddSingleton<CameraActivityBoard>();
        services.AddHostedService<CameraFeedMonitor>();
        services.AddSingleton(sp => Bind<SystemViewOptions>(sp, SystemViewOptions.Section, o => o.Validate()));
        services.AddSingleton<TopicFlowMonitor>();
        services.AddHostedService(sp => sp.GetRequiredService<TopicFlowMonitor>());
        return services;
    }

    /// <summary>Called after static files (the pages and libraries stay public) and before any endpoint runs.</summary>
    public static WebApplication UseConsoleFeatures(this WebApplication app) => app.UseConsoleAccess();

    public static WebApplication MapConsoleFeatures(this WebApplication app)
    {
        app.MapSessionApi();
        var pages = app.MapGroup(string.Empty).RequireAuthorization(ConsolePolicies.Staff);
        pages.MapMapViews();
        pages.MapCameraViews();
        pages.MapSystemViews();
        return app;
    }

    private static T Bind<T>(IServiceProvider services, string section, Action<T> validate)
        where T : new()
    {
        var options = services.GetRequiredService<IConfiguration>().GetSection(section).Get<T>() ?? new T();
        validate(options);
        return options;
    }
}
