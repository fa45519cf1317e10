namespace OpsCentre.Tests.Postgres;

/// <summary>A test that needs <see cref="ThrowawayPostgres"/>: skipped, with the reason, when PostgreSQL is not installed.</summary>
public sealed class PostgresFactAttribute : FactAttribute
{
    public PostgresFactAttribute()
    {
        if (ThrowawayPostgres.Binaries is null)
        {
            Skip = "PostgreSQL server binaries not found under /usr/lib/postgresql/<version>/bin: apt-get install postgresql (./opscentre test installs it)";
        }
    }
}
