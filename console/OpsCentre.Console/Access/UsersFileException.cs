namespace OpsCentre.Console.Access;

/// <summary>The users file is missing, unreadable or breaks a rule; the message names the file and the rule.</summary>
public sealed class UsersFileException(string message, Exception? inner = null) : Exception(message, inner);
