namespace OpsCentre.Alerts.Partners;

/// <summary>The partners alerts go to, and their credentials.</summary>
public interface IPartnerRegistry
{
    /// <summary>Adds a partner and issues its credentials.</summary>
    /// <exception cref="ArgumentException">The registration has problems (see <see cref="Partner.Problems"/>).</exception>
    /// <exception cref="InvalidOperationException">A partner with this id exists already.</exception>
    Task<PartnerCredentials> RegisterAsync(Partner partner, CancellationToken cancellationToken);

    /// <summary>Changes a partner's name, endpoint, routing or active flag; credentials stay as they are.</summary>
    Task UpdateAsync(Partner partner, CancellationToken cancellationToken);

    Task<Partner?> GetAsync(string partnerId, CancellationToken cancellationToken);

    Task<IReadOnlyList<Partner>> ListAsync(CancellationToken cancellationToken);

    /// <summary>The active partner holding this API key, or null.</summary>
    Task<Partner?> AuthenticateAsync(string apiKey, CancellationToken cancellationToken);

    /// <summary>The secret deliveries to this partner are signed with.</summary>
    Task<string?> SigningSecretAsync(string partnerId, CancellationToken cancellationToken);
}
