using Microsoft.AspNetCore.SignalR;

namespace OpsCentre.Console.Live;

/// <summary>
/// The console's live channel (/hubs/live). The server pushes: "incident" (an Incident, latest version),
/// "system" (a SystemSnapshot). Clients only listen; every action goes through the HTTP API so it is audited.
/// </summary>
public sealed class LiveHub : Hub;
