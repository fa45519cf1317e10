namespace OpsCentre.Storage;

public enum StoreEngine
{
    Sqlite,
    Postgres,
}
