using System.Data.Common;
using System.Text.Json;
using OpsCentre.Alerts.Partners;
using OpsCentre.Storage.Sql;

namespace OpsCentre.Storage.Alerts;

/// <summary>
/// Partners in SQL. The API key is stored only as its hash; the signing secret is stored as issued, since every
/// delivery needs it (protect the database accordingly, or move it behind a key vault).
/// </summary>
public sealed class SqlPartnerRegistry(Database database, TimeProvider time) : IPartnerRegistry
{
    private const string Columns = "partner_id, name, service, endpoint, routes, active";

    public Task<PartnerCredentials> RegisterAsync(Partner partner, CancellationToken cancellationToken)
    {
        if (partner.Problems() is { Count: > 0 } problems)
        {
            throw new ArgumentException($"partner registration refused: {string.Join("; ", problems)}", nameof(partner));
        }

        var credentials = new PartnerCredentials(partner.PartnerId, PartnerSecrets.NewApiKey(), PartnerSecrets.NewSigningSecret());
        return database.WriteAsync(async (connection, transaction) =>
        {
            await using var command = connection.Command("""
                INSERT INTO partners (partner_id, name, service, endpoint, routes, active, api_key_hash, signing_secret, registered_at_ms)
                VALUES (@id, @name, @service, @endpoint, @routes, @active, @hash, @secret, @at)
                ON CONFLICT (partner_id) DO NOTHING
                """, transaction);
            Describe(command, partner)
                .With("@hash", PartnerSecrets.HashApiKey(credentials.ApiKey)).With("@secret", credentials.SigningSecret)
                .With("@at", time.GetUtcNow().ToUnixTimeMilliseconds());
            return await command.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false) == 1
                ? credentials
                : throw new InvalidOperationException($"partner {partner.PartnerId} is already registered");
        }, cancellationToken);
    }

    public Task UpdateAsync(Partner partner, CancellationToken cancellationToken)
    {
        if (partner.Problems() is { Count: > 0 } problems)
        {
            throw new ArgumentException($"partner update refused: {string.Join("; ", problems)}", nameof(partner));
        }

        return database.WriteAsync(async (connection, transaction) =>
        {
            await using var command = Describe(connection.Command(
                "UPDATE partners SET name = @name, service = @service, endpoint = @endpoint, routes = @routes, active = @active WHERE partner_id = @id", transaction), partner);
            return await command.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false) == 1
                ? 0
                : throw new KeyNotFoundException($"no partner {partner.PartnerId}");
        }, cancellationToken);
    }

    public Task<Partner?> GetAsync(string partnerId, CancellationToken cancellationToken) =>
        SingleAsync($"SELECT {Columns} FROM partners WHERE partner_id = @value", partnerId, cancellationToken);

    public Task<Partner?> AuthenticateAsync(string apiKey, CancellationToken cancellationToken) =>
        string.IsNullOrEmpty(apiKey)
            ? Task.FromResult<Partner?>(null)
            : SingleAsync($"SELECT {Columns} FROM partners WHERE api_key_hash = @value AND active = 1", PartnerSecrets.HashApiKey(apiKey), cancellationToken);

    public Task<IReadOnlyList<Partner>> ListAsync(CancellationToken cancellationToken) =>
        database.ReadAsync<IReadOnlyList<Partner>>(async connection =>
        {
            await using var command = connection.Command($"SELECT {Columns} FROM partners ORDER BY partner_id");
            await using var reader = await command.ExecuteReaderAsync(cancellationToken).ConfigureAwait(false);
            var partners = new List<Partner>();
            while (await reader.ReadAsync(cancellationToken).ConfigureAwait(false))
            {
                partners.Add(Read(reader));
            }

            return partners;
        }, cancellationToken);

    public Task<string?> SigningSecretAsync(string partnerId, CancellationToken cancellationToken) =>
        database.ReadAsync(async connection =>
        {
            await using var command = connection.Command("SELECT signing_secret FROM partners WHERE partner_id = @id").With("@id", partnerId);
            return await command.ExecuteScalarAsync(cancellationToken).ConfigureAwait(false) as string;
        }, cancellationToken);

    private Task<Partner?> SingleAsync(string sql, string value, CancellationToken cancellationToken) =>
        database.ReadAsync(async connection =>
        {
            await using var command = connection.Command(sql).With("@value", value);
            await using var reader = await command.ExecuteReaderAsync(cancellationToken).ConfigureAwait(false);
            return await reader.ReadAsync(cancellationToken).ConfigureAwait(false) ? Read(reader) : null;
        }, cancellationToken);

    private static DbCommand Describe(DbCommand command, Partner partner) => command
        .With("@id", partner.PartnerId).With("@name", partner.Name).With("@service", partner.Service.ToString())
        .With("@endpoint", partner.Endpoint.ToString())
        .With("@routes", JsonSerializer.Serialize(partner.Routes.ToList(), AlertStoreJson.Default.ListRoutingRule))
        .With("@active", partner.Active ? 1 : 0);

    private static Partner Read(DbDataReader reader) => new(
        reader.GetString(0),
        reader.GetString(1),
        Enum.Parse<PartnerService>(reader.GetString(2)),
        new Uri(reader.GetString(3)),
        JsonSerializer.Deserialize(reader.GetString(4), AlertStoreJson.Default.ListRoutingRule) ?? [],
        Convert.ToInt64(reader.GetValue(5), System.Globalization.CultureInfo.InvariantCulture) == 1);
}
