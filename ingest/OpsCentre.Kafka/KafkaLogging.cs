using Confluent.Kafka;
using Microsoft.Extensions.Logging;

namespace OpsCentre.Kafka;

/// <summary>
/// Routes librdkafka's own log lines (syslog levels) into the application's logger instead of raw stderr, so they
/// carry timestamps and categories and can be filtered. Broker disconnects are routine during failover and at
/// shutdown, so they are warnings, not errors.
/// </summary>
public static class KafkaLogging
{
    public static Action<IClient, LogMessage> To(ILogger logger) => (_, message) =>
    {
        var level = message.Level switch
        {
            SyslogLevel.Emergency or SyslogLevel.Alert or SyslogLevel.Critical => LogLevel.Error,
            SyslogLevel.Error or SyslogLevel.Warning => LogLevel.Warning,
            SyslogLevel.Notice => LogLevel.Information,
            _ => LogLevel.Debug,
        };
        logger.Log(level, "librdkafka {Client} {Facility}: {Message}", message.Name, message.Facility, message.Message);
    };
}
