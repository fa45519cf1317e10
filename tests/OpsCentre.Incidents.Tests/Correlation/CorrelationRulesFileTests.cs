using OpsCentre.Contracts.Operations;
using OpsCentre.Incidents.Correlation;

namespace OpsCentre.Incidents.Tests.Correlation;

public sealed class CorrelationRulesFileTests
{
    private const string Valid = """
        {
          "schemaVersion": 1,
          "rulesVersion": "test.1",
          "kinds": [ { "kind": "possible-collision", "title": "Possible collision", "procedure": [ "Confirm on camera" ] } ],
          "rules": [
            {
              "id": "collision", "kind": "possible-collision", "priority": 1, "window": "10m", "joinWindow": "30m",
              "space": { "withinMetres": 400, "connectedRoadLinks": true },
              "evidence": [ { "role": "speed-collapse", "signals": [ "speedKph" ], "patterns": [ "Dip" ] } ]
            }
          ]
        }
        """;

    [Fact]
    public void Shipped_rules_file_loads_and_covers_the_issue_examples()
    {
        var rules = CorrelationRulesFile.LoadDefault();

        Assert.Equal(1, rules.Rules.Single(r => r.Kind == "possible-collision").Priority);
        Assert.Equal(4, rules.Rules.Single(r => r.Kind == "sensor-fault").Priority);
        Assert.Contains(rules.Rules, r => r.Kind == "pollution-episode" && r.Evidence[0].MinAssets >= 2);
        Assert.Contains(rules.Rules, r => r.Kind == "flood-risk");
        Assert.Contains(rules.Rules, r => r.Kind == "fly-tipping");
        Assert.All(rules.Kinds, kind => Assert.NotEmpty(kind.Procedure));
    }

    [Fact]
    public void Rules_are_tried_most_urgent_first()
    {
        var priorities = CorrelationRulesFile.LoadDefault().Rules.Select(r => r.Priority).ToList();

        Assert.Equal(priorities.Order(), priorities);
    }

    [Fact]
    public void Valid_file_parses_durations_and_patterns()
    {
        var rule = CorrelationRulesFile.Parse(Valid, "test").Rules.Single();

        Assert.Equal(TimeSpan.FromMinutes(10), rule.Window);
        Assert.Equal(TimeSpan.FromMinutes(30), rule.JoinWindow);
        Assert.Contains(AnomalyPattern.Dip, rule.Evidence[0].Patterns);
        Assert.True(rule.Space.ConnectedRoadLinks);
    }

    [Fact]
    public void Every_problem_is_reported_with_its_location()
    {
        var broken = Valid
            .Replace("\"priority\": 1", "\"priority\": 7")
            .Replace("\"window\": \"10m\"", "\"window\": \"ten minutes\"")
            .Replace("\"Dip\"", "\"Wobble\"")
            .Replace("\"kind\": \"possible-collision\", \"priority\"", "\"kind\": \"collision\", \"priority\"");

        var error = Assert.Throws<CorrelationRulesException>(() => CorrelationRulesFile.Parse(broken, "broken.json"));

        Assert.Contains(error.Errors, e => e.StartsWith("rules[0] (collision).priority") && e.Contains("was 7"));
        Assert.Contains(error.Errors, e => e.StartsWith("rules[0] (collision).window") && e.Contains("ten minutes"));
        Assert.Contains(error.Errors, e => e.StartsWith("rules[0] (collision).evidence[0].patterns") && e.Contains("Wobble"));
        Assert.Contains(error.Errors, e => e.StartsWith("rules[0] (collision).kind") && e.Contains("possible-collision"));
        Assert.Contains("broken.json", error.Message);
    }

    [Fact]
    public void Misspelt_property_is_an_error_not_a_silent_default()
    {
        var error = Assert.Throws<CorrelationRulesException>(() => CorrelationRulesFile.Parse(Valid.Replace("\"priority\"", "\"prioirty\""), "typo.json"));

        Assert.Contains("prioirty", error.Errors.Single());
    }

    [Fact]
    public void Unsupported_schema_version_is_refused()
    {
        var error = Assert.Throws<CorrelationRulesException>(() => CorrelationRulesFile.Parse(Valid.Replace("\"schemaVersion\": 1", "\"schemaVersion\": 2"), "v2.json"));

        Assert.Contains(error.Errors, e => e.StartsWith("schemaVersion"));
    }

    [Fact]
    public void Duplicate_rule_ids_are_refused()
    {
        var document = System.Text.Json.Nodes.JsonNode.Parse(Valid)!;
        var rules = document["rules"]!.AsArray();
        rules.Add(rules[0]!.DeepClone());

        var error = Assert.Throws<CorrelationRulesException>(() => CorrelationRulesFile.Parse(document.ToJsonString(), "dup.json"));

        Assert.Contains(error.Errors, e => e.Contains("used by an earlier rule"));
    }

    [Fact]
    public void Missing_file_names_the_path()
    {
        var error = Assert.Throws<CorrelationRulesException>(() => CorrelationRulesFile.Load("/nonexistent/rules.json"));

        Assert.Contains("/nonexistent/rules.json", error.Message);
    }
}
