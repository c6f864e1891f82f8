using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using SmpRules.Rules;

namespace SmpRules.Protocols.Json;

/// <summary>
/// Reads a protocol document (format version 1) into a <see cref="CareProtocol"/>: checks every property, applies
/// "extends", "remove", "replace", "change" and "rules", then runs the protocol checks of <see cref="CareProtocolBuilder"/>
/// and points each of their problems at the document.
/// </summary>
internal sealed class DocumentReader
{
    public const int FormatVersion = 1;

    private readonly DocumentContext _context;
    private readonly Func<DocumentContext, DocumentNode, string, CareProtocol?> _resolveBase;

    public DocumentReader(DocumentContext context, Func<DocumentContext, DocumentNode, string, CareProtocol?> resolveBase)
    {
        _context = context;
        _resolveBase = resolveBase;
    }

    /// <summary>Gets the protocol's name, once read: the exception names the protocol by it.</summary>
    public string? Name { get; private set; }

    /// <summary>Reads the document; returns null if there are problems (in the context).</summary>
    public CareProtocol? Read(DocumentNode root)
    {
        const string documentExpected = "an object (a protocol document with \"formatVersion\", \"name\" and \"rules\")";
        if (!_context.Expect(root, DocumentNodeKind.Object, JsonPath.Root, documentExpected) || !CheckFormatVersion(root))
        {
            return null;
        }

        ObjectFields fields = _context.Fields(root, JsonPath.Root, "a protocol document", FormatKeywords.DocumentProperties);
        if (fields.Get("$schema") is { } schema)
        {
            _context.Expect(schema, DocumentNodeKind.String, fields.PathOf("$schema"), "a string (the URI or path of the JSON Schema, for editors)");
        }

        Name = fields.Require("name", "a string (the protocol's name, such as the clinic's name)") is { } nameNode
            ? _context.ReadText(nameNode, fields.PathOf("name"), "a string (the protocol's name, such as the clinic's name)")
            : null;
        string description = fields.Get("description") is { } descriptionNode
                             && _context.Expect(descriptionNode, DocumentNodeKind.String, fields.PathOf("description"), "a string (what the protocol is and where it comes from)")
            ? descriptionNode.Text!
            : string.Empty;

        CareProtocol? baseProtocol = null;
        bool baseFailed = false;
        if (fields.Get("extends") is { } extendsNode)
        {
            baseProtocol = _resolveBase(_context, extendsNode, fields.PathOf("extends"));
            baseFailed = baseProtocol is null;
        }

        string defaultLanguage = ReadDefaultLanguage(fields) ?? baseProtocol?.DefaultLanguage ?? "en";
        DayNumbering dayNumbering = (fields.Get("dayNumbering") is { } numberingNode
                                        ? _context.ReadKeyword(numberingNode, fields.PathOf("dayNumbering"), "how the clinic numbers days for clients", FormatKeywords.DayNumberings)
                                        : null)
                                    ?? baseProtocol?.DayNumbering ?? DayNumbering.SessionDayIsZero;

        var vocabulary = new Vocabulary();
        var declaredFamilies = new List<(string Name, string Path, int Offset)>();
        var declaredActivities = new List<(string Name, string Path, int Offset)>();
        ReadDeclarations(fields, "families", "family", "sun-protection", vocabulary.Families, declaredFamilies);
        ReadDeclarations(fields, "activities", "activity", "sun-cream", vocabulary.Activities, declaredActivities);
        foreach (CareRule rule in baseProtocol?.Rules ?? [])
        {
            vocabulary.Families.Add(rule.Family.Name);
            vocabulary.Activities.UnionWith(rule.Activities.Select(a => a.Name));
        }

        bool extends = fields.Has("extends");
        if (!extends)
        {
            foreach (string name in (string[])["remove", "replace", "change"])
            {
                if (fields.Has(name))
                {
                    _context.Report(ProtocolProblemCode.JsonInvalidValue, fields.PathOf(name), fields.NameOffset(name),
                        $"\"{name}\" changes the protocol named in \"extends\", but this document extends none; add \"extends\" or move these rules to \"rules\".");
                }
            }

            fields.Require("rules", "an array of rules");
        }

        List<RuleEntry> entries = baseProtocol?.Rules.Select(r => new RuleEntry { Id = r.Id, Rule = r }).ToList() ?? new List<RuleEntry>();
        string baseName = baseProtocol?.Name ?? "(unknown)";
        if (extends && !baseFailed)
        {
            ApplyRemove(fields, entries, baseName);
            ApplyReplace(fields, entries, baseName, vocabulary);
            ApplyChange(fields, entries, baseName, vocabulary);
        }

        int firstAdded = entries.Count;
        if (fields.Get("rules") is { } rulesNode && _context.Expect(rulesNode, DocumentNodeKind.Array, fields.PathOf("rules"), "an array of rules"))
        {
            for (int i = 0; i < rulesNode.Items.Count; i++)
            {
                entries.Add(RuleReader.ReadRule(_context, rulesNode.Items[i], JsonPath.Index(fields.PathOf("rules"), i), vocabulary));
            }
        }

        if (baseFailed)
        {
            return null; // references to the base protocol's rules cannot be checked
        }

        CheckDuplicates(entries, firstAdded, baseName);
        CheckReferences(entries);

        // Run the protocol checks on the rules that could be read (first of each id), so that cycles and contradictions
        // are reported with the problems above; the checks made here already (ids, references) are not repeated.
        var seen = new HashSet<string>(StringComparer.Ordinal);
        List<RuleEntry> checkable = entries.Where(e => e.Rule is not null && seen.Add(e.Rule.Id)).ToList();
        List<CareRule> rules = checkable.Select(e => e.Rule!).ToList();
        (string fallbackPath, int fallbackOffset) = fields.Get("extends") is { } baseNode ? (fields.PathOf("extends"), baseNode.Offset) : (JsonPath.Root, root.Offset);
        var locator = new ProblemLocator(_context, checkable, fallbackPath, fallbackOffset);
        foreach (ProtocolProblem problem in ProtocolValidator.Validate("checked", defaultLanguage, dayNumbering, rules))
        {
            if (problem.Code is not (ProtocolProblemCode.DuplicateRuleId or ProtocolProblemCode.UnknownRule or ProtocolProblemCode.SelfSuspension or ProtocolProblemCode.InvalidProtocol))
            {
                _context.Problems.Add(locator.Locate(problem));
            }
        }

        if (_context.Problems.Count > 0)
        {
            return null;
        }

        RuleEntry? unread = entries.FirstOrDefault(e => e.Rule is null);
        if (unread is not null || Name is null)
        {
            // Every reason a rule cannot be read is reported where it is found; this only guards that promise.
            _context.Report(ProtocolProblemCode.JsonInvalidValue, unread?.Path ?? JsonPath.Root, unread?.Node?.Offset ?? 0, "This rule could not be read.");
            return null;
        }

        // The rules were checked above, with their problems located; the builder does not check them again.
        CareProtocol protocol = new CareProtocolBuilder(Name!) { Description = description, DefaultLanguage = defaultLanguage, DayNumbering = dayNumbering }
            .AddRange(rules)
            .BuildChecked(checkRules: false);
        var warnings = ProtocolValidator.Warnings(defaultLanguage, rules).Select(locator.Locate).ToList();
        foreach ((string kind, string property, List<(string Name, string Path, int Offset)> declared, Func<CareRule, string, bool> uses) in
                 new (string, string, List<(string, string, int)>, Func<CareRule, string, bool>)[]
                 {
                     ("family", "families", declaredFamilies, (rule, name) => rule.Family.Name == name),
                     ("activity", "activities", declaredActivities, (rule, name) => rule.Activities.Any(a => a.Name == name)),
                 })
        {
            foreach ((string name, string path, int offset) in declared)
            {
                if (!rules.Any(rule => uses(rule, name)))
                {
                    warnings.Add(_context.Locate(
                        new ProtocolProblem(ProtocolProblemCode.UnusedDeclaration, $"The {kind} '{name}' is declared in \"{property}\", but no rule uses it; remove it, or use it in a rule.")
                        {
                            Severity = ProtocolProblemSeverity.Warning,
                            Member = property,
                            Value = name,
                        },
                        path,
                        offset));
                }
            }
        }

        protocol.SetWarnings(warnings);
        return protocol;
    }

    private bool CheckFormatVersion(DocumentNode root)
    {
        DocumentProperty? found = null;
        foreach (DocumentProperty property in root.Properties)
        {
            if (property.Name == "formatVersion")
            {
                found = property;
                break;
            }
        }

        string path = JsonPath.Property(JsonPath.Root, "formatVersion");
        string expected = string.Create(CultureInfo.InvariantCulture, $"the number {FormatVersion} (the version of the protocol format the document is written in)");
        if (found is not { } version)
        {
            _context.Report(ProtocolProblemCode.JsonMissingProperty, path, root.Offset, $"Missing \"formatVersion\": expected {expected}.");
            return true;
        }

        if (!_context.Expect(version.Value, DocumentNodeKind.Number, path, expected))
        {
            return true;
        }

        if (version.Value.Text == "1")
        {
            return true;
        }

        // A later version may mean anything: say only that, rather than listing its properties as unknown.
        _context.Report(
            ProtocolProblemCode.UnsupportedFormatVersion,
            path,
            version.Value.Offset,
            string.Create(CultureInfo.InvariantCulture, $"The document is written in format version {DocumentContext.Shorten(version.Value.Text!)}, but this version of SmpRules reads format version {FormatVersion} only; write \"formatVersion\": {FormatVersion}, or update SmpRules."));
        return false;
    }

    private string? ReadDefaultLanguage(ObjectFields fields)
    {
        if (fields.Get("defaultLanguage") is not { } node
            || _context.ReadText(node, fields.PathOf("defaultLanguage"), "a string (the language tag of the rules' texts, such as \"en\")") is not { } language)
        {
            return null;
        }

        if (!CareText.IsCultureName(language))
        {
            _context.Report(ProtocolProblemCode.InvalidProtocol, fields.PathOf("defaultLanguage"), node.Offset,
                $"The protocol's default language '{DocumentContext.Shorten(language)}' is not a language tag; use one such as 'en' or 'es-MX'.");
            return null;
        }

        return language;
    }

    private void ReadDeclarations(ObjectFields fields, string property, string kind, string example, HashSet<string> names, List<(string Name, string Path, int Offset)> declared)
    {
        string path = fields.PathOf(property);
        if (fields.Get(property) is not { } node
            || !_context.Expect(node, DocumentNodeKind.Array, path, $"an array of the {kind} names the document adds to the well-known ones, such as [\"{example}\"]"))
        {
            return;
        }

        for (int i = 0; i < node.Items.Count; i++)
        {
            string itemPath = JsonPath.Index(path, i);
            DocumentNode item = node.Items[i];
            if (_context.ReadText(item, itemPath, $"a string (a {kind} name, such as \"{example}\")") is not { } name)
            {
                continue;
            }

            if (!NameRules.IsKebab(name))
            {
                _context.Report(ProtocolProblemCode.JsonInvalidValue, itemPath, item.Offset,
                    $"Expected a {kind} name in kebab case (lower-case letters and digits joined by hyphens, such as '{example}'), but found '{DocumentContext.Shorten(name)}'.");
            }
            else
            {
                names.Add(name);
                declared.Add((name, itemPath, item.Offset));
            }
        }
    }

    private void ApplyRemove(ObjectFields fields, List<RuleEntry> entries, string baseName)
    {
        string path = fields.PathOf("remove");
        if (fields.Get("remove") is not { } node || !_context.Expect(node, DocumentNodeKind.Array, path, "an array of the ids of rules to remove"))
        {
            return;
        }

        for (int i = 0; i < node.Items.Count; i++)
        {
            string itemPath = JsonPath.Index(path, i);
            DocumentNode item = node.Items[i];
            if (_context.ReadText(item, itemPath, "a string (the id of a rule to remove)") is not { } id)
            {
                continue;
            }

            int index = entries.FindIndex(e => e.Id == id);
            if (index < 0)
            {
                _context.Report(ProtocolProblemCode.UnknownRule, itemPath, item.Offset,
                    $"Cannot remove rule '{DocumentContext.Shorten(id)}': the protocol '{baseName}' has no rule with that id{(entries.Count == 0 ? "" : $"; its rules are {Ids(entries)}")}.", id);
                continue;
            }

            entries.RemoveAt(index);

            // As CareProtocolBuilder.Remove does: the remaining rules no longer wait for the removed one.
            foreach (RuleEntry entry in entries)
            {
                if (entry.Rule is { } rule && rule.SuspendedBy.Contains(id, StringComparer.Ordinal))
                {
                    entry.Rule = rule with { SuspendedBy = rule.SuspendedBy.Remove(id, StringComparer.Ordinal) };
                }
            }
        }
    }

    private void ApplyReplace(ObjectFields fields, List<RuleEntry> entries, string baseName, Vocabulary vocabulary)
    {
        string path = fields.PathOf("replace");
        if (fields.Get("replace") is not { } node || !_context.Expect(node, DocumentNodeKind.Array, path, "an array of rules, each replacing the rule with its id"))
        {
            return;
        }

        var replaced = new HashSet<string>(StringComparer.Ordinal);
        for (int i = 0; i < node.Items.Count; i++)
        {
            string itemPath = JsonPath.Index(path, i);
            RuleEntry entry = RuleReader.ReadRule(_context, node.Items[i], itemPath, vocabulary);
            if (entry.Id is not { } id || !NameRules.IsRuleId(id))
            {
                continue;
            }

            string idPath = JsonPath.Property(itemPath, "id");
            int idOffset = IdOffset(entry);
            int index = entries.FindIndex(e => e.Id == id);
            if (!replaced.Add(id))
            {
                _context.Report(ProtocolProblemCode.DuplicateRuleId, idPath, idOffset, $"The rule '{id}' is replaced twice; replace it once.", id);
            }
            else if (index < 0)
            {
                _context.Report(ProtocolProblemCode.UnknownRule, idPath, idOffset,
                    $"Cannot replace rule '{id}': the protocol '{baseName}' has no rule with that id; to add a rule, put it in \"rules\".", id);
            }
            else
            {
                entries[index] = entry;
            }
        }
    }

    private void ApplyChange(ObjectFields fields, List<RuleEntry> entries, string baseName, Vocabulary vocabulary)
    {
        string path = fields.PathOf("change");
        if (fields.Get("change") is not { } node || !_context.Expect(node, DocumentNodeKind.Array, path, "an array of changes to rules"))
        {
            return;
        }

        for (int i = 0; i < node.Items.Count; i++)
        {
            string itemPath = JsonPath.Index(path, i);
            var references = new RuleEntry { Node = node.Items[i], Path = itemPath };
            (string? id, Func<CareRule, CareRule>? change) = RuleReader.ReadChange(_context, node.Items[i], itemPath, vocabulary, references);
            if (id is null || !NameRules.IsRuleId(id))
            {
                continue;
            }

            int index = entries.FindIndex(e => e.Id == id);
            if (index < 0)
            {
                _context.Report(ProtocolProblemCode.UnknownRule, JsonPath.Property(itemPath, "id"), IdOffset(references),
                    $"Cannot change rule '{id}': the protocol '{baseName}' has no rule with that id.", id);
                continue;
            }

            RuleEntry target = entries[index];
            var changed = new RuleEntry { Id = id, Node = references.Node, Path = itemPath, Rule = change is null || target.Rule is null ? null : change(target.Rule) };
            changed.SuspendedBy.AddRange(references.SuspendedBy.Count > 0 || HasProperty(references.Node!, "suspendedBy") ? references.SuspendedBy : target.SuspendedBy);
            changed.Activities.AddRange(references.Activities.Count > 0 || HasProperty(references.Node!, "activities") ? references.Activities : target.Activities);
            entries[index] = changed;
        }
    }

    private void CheckDuplicates(List<RuleEntry> entries, int firstAdded, string baseName)
    {
        var first = new Dictionary<string, RuleEntry>(StringComparer.Ordinal);
        for (int i = 0; i < entries.Count; i++)
        {
            RuleEntry entry = entries[i];
            if (entry.Id is not { } id || !NameRules.IsRuleId(id))
            {
                continue;
            }

            if (!first.TryGetValue(id, out RuleEntry? earlier))
            {
                first.Add(id, entry);
                continue;
            }

            string message = earlier.FromDocument && i >= firstAdded && entries.IndexOf(earlier) >= firstAdded
                ? $"The id '{id}' is already used by the rule at {earlier.Path}; rule ids must be unique."
                : $"The id '{id}' is already used by a rule of '{baseName}', the protocol this document extends; to change that rule, put this one in \"replace\", or give it another id.";
            _context.Report(ProtocolProblemCode.DuplicateRuleId, JsonPath.Property(entry.Path!, "id"), IdOffset(entry), message, id);
        }
    }

    private void CheckReferences(List<RuleEntry> entries)
    {
        var ids = new HashSet<string>(entries.Where(e => e.Id is not null).Select(e => e.Id!), StringComparer.Ordinal);
        foreach (RuleEntry entry in entries.Where(e => e.FromDocument))
        {
            foreach (RuleReference reference in entry.SuspendedBy)
            {
                string name = entry.Id is { } id && NameRules.IsRuleId(id) ? $"Rule '{id}'" : $"The rule at {entry.Path}";
                if (reference.Value == entry.Id)
                {
                    _context.Report(ProtocolProblemCode.SelfSuspension, reference.Path, reference.Offset, $"{name} is suspended by itself; a rule cannot suspend itself.", entry.Id);
                }
                else if (!ids.Contains(reference.Value))
                {
                    _context.Report(ProtocolProblemCode.UnknownRule, reference.Path, reference.Offset,
                        $"{name} is suspended by '{DocumentContext.Shorten(reference.Value)}', but the protocol has no rule with that id.", entry.Id);
                }
            }
        }
    }

    private static int IdOffset(RuleEntry entry)
    {
        foreach (DocumentProperty property in entry.Node!.Properties)
        {
            if (property.Name == "id")
            {
                return property.Value.Offset;
            }
        }

        return entry.Node.Offset;
    }

    private static bool HasProperty(DocumentNode node, string name) => node.Properties.Any(p => p.Name == name);

    private static string Ids(List<RuleEntry> entries)
    {
        List<string> ids = entries.Select(e => $"'{e.Id}'").ToList();
        return ids.Count == 1 ? ids[0] : string.Join(", ", ids.Take(ids.Count - 1)) + " and " + ids[^1];
    }
}
