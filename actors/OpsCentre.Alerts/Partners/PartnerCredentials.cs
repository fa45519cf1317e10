namespace OpsCentre.Alerts.Partners;

/// <summary>
/// Issued once at registration and never shown again: the key the partner presents to our API
/// (<c>Authorization: Bearer</c>) and the secret it verifies our signatures with. The registry keeps only a hash of
/// the key.
/// </summary>
public sealed record PartnerCredentials(string PartnerId, string ApiKey, string SigningSecret);
