namespace OpsCentre.Storage.Sql;

/// <summary>One schema change. <paramref name="PostgresSql"/> overrides <paramref name="Sql"/> where the engines differ.</summary>
public sealed record Migration(int Version, string Name, string Sql, string? PostgresSql = null)
{
    public string SqlFor(StoreEngine engine) => engine == StoreEngine.Postgres && PostgresSql is not null ? PostgresSql : Sql;
}
