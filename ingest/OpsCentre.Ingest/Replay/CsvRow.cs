namespace OpsCentre.Ingest.Replay;

/// <summary>One CSV record, addressable by column name or position.</summary>
internal sealed class CsvRow(IReadOnlyDictionary<string, int> header, IReadOnlyList<string> columns, string[] fields)
{
    public IReadOnlyList<string> Columns => columns;

    public string this[string column] => header.TryGetValue(column, out var index)
        ? this[index]
        : throw new InvalidDataException($"CSV column '{column}' is missing");

    public string this[int index] => index < fields.Length ? fields[index] : "";
}
