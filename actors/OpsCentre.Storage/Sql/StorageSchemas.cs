using OpsCentre.Storage.Alerts;
using OpsCentre.Storage.Assets;
using OpsCentre.Storage.Congestion;
using OpsCentre.Storage.Incidents;

namespace OpsCentre.Storage.Sql;

/// <summary>
/// Every table this project's stores use, registered in one place so that opening a database always brings the
/// whole schema up to date (a store whose migration was never registered would fail at its first write).
/// </summary>
internal static class StorageSchemas
{
    public static void RegisterAll()
    {
        IncidentSchema.Register();
        AlertSchema.Register();
        AssetSchema.Register();
        CongestionSchema.Register();
    }
}
