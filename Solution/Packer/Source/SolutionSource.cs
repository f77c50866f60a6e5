using System;
using System.Collections.Generic;
using System.Globalization;
using System.IO;
using System.Linq;
using System.Xml;
using System.Xml.Linq;

namespace CrmIndependence.Solution.Source
{
    /// <summary>An XML file of the source with its path relative to the source folder (for messages).</summary>
    public sealed record SourceXml(string File, XElement Root);

    /// <summary>One table folder: Entities/&lt;SchemaName&gt;/ with its forms, views, charts and ribbon.</summary>
    public sealed class EntitySource
    {
        public EntitySource(SourceXml entity) => Entity = entity;

        public SourceXml Entity { get; }

        public string SchemaName => Entity.Root.Element("Name")?.Value ?? "";

        public string LogicalName => SchemaName.ToLowerInvariant();

        /// <summary>(form type: main, quickCreate…, the forms file).</summary>
        public List<(string Type, SourceXml File)> Forms { get; } = new();

        public List<SourceXml> Views { get; } = new();

        public List<SourceXml> Charts { get; } = new();

        public SourceXml? RibbonDiff { get; set; }

        public IEnumerable<XElement> SavedQueries => Views.SelectMany(view => view.Root.Elements("savedquery"));

        public IEnumerable<XElement> Visualizations => Charts.SelectMany(chart => chart.Root.Elements("visualization"));
    }

    /// <summary>A folder copied into the zip as it is (environment variables, custom APIs).</summary>
    public sealed record PartFile(string ZipPath, string File, byte[] Content);

    /// <summary>
    /// The solution source in the unpacked (pac / SolutionPackager) layout, read and parsed; every file that
    /// is missing or not well-formed stops the read with the file named.
    /// </summary>
    public sealed class SolutionSource
    {
        private SolutionSource(string folder) => Folder = folder;

        public string Folder { get; }

        public SourceXml Manifest { get; private set; } = null!;

        public SourceXml Customizations { get; private set; } = null!;

        public List<EntitySource> Entities { get; } = new();

        public SourceXml RelationshipList { get; private set; } = null!;

        public List<SourceXml> RelationshipFiles { get; } = new();

        public List<SourceXml> Roles { get; } = new();

        public List<SourceXml> Dashboards { get; } = new();

        public List<SourceXml> AppModules { get; } = new();

        public List<SourceXml> AppModuleSiteMaps { get; } = new();

        public List<SourceXml> EnvironmentVariables { get; } = new();

        public List<PartFile> Parts { get; } = new();

        public List<CustomApiSource> CustomApis { get; } = new();

        public List<WebResourceSource> WebResources { get; } = new();

        public SolutionModel Model { get; private set; } = null!;

        public XElement SolutionManifest => Manifest.Root.Element("SolutionManifest")
            ?? throw new SolutionSourceException(Manifest.File, "<ImportExportXml>", "has no <SolutionManifest>.");

        public string UniqueName => Required(Manifest, SolutionManifest, "UniqueName");

        /// <summary>The version: the one place it is written is Other/Solution.xml.</summary>
        public string Version => Required(Manifest, SolutionManifest, "Version");

        public string Prefix => Required(Manifest, SolutionManifest.Element("Publisher")!, "CustomizationPrefix");

        public int OptionValuePrefix => int.Parse(Required(Manifest, SolutionManifest.Element("Publisher")!, "CustomizationOptionValuePrefix"), CultureInfo.InvariantCulture);

        public IEnumerable<XElement> Relationships => RelationshipFiles.SelectMany(file => file.Root.Elements("EntityRelationship"));

        public static SolutionSource Load(string folder)
        {
            if (!Directory.Exists(folder))
            {
                throw new SolutionSourceException(folder, "(folder)", "the solution source folder does not exist.");
            }

            var source = new SolutionSource(Path.GetFullPath(folder));
            source.Read();
            return source;
        }

        private void Read()
        {
            Manifest = LoadXml("Other/Solution.xml");
            if (SolutionManifest.Element("Publisher") == null)
            {
                throw new SolutionSourceException(Manifest.File, "<SolutionManifest>", "has no <Publisher>.");
            }

            Customizations = LoadXml("Other/Customizations.xml");
            RelationshipList = LoadXml("Other/Relationships.xml");
            RelationshipFiles.AddRange(Files("Other/Relationships", "*.xml").Select(LoadXml));

            foreach (var folder in Folders("Entities"))
            {
                var entity = new EntitySource(LoadXml($"{folder}/Entity.xml"));
                foreach (var typeFolder in Folders($"{folder}/FormXml"))
                {
                    foreach (var file in Files(typeFolder, "*.xml").Where(file => !file.EndsWith("_managed.xml", StringComparison.OrdinalIgnoreCase)))
                    {
                        entity.Forms.Add((Path.GetFileName(typeFolder), LoadXml(file)));
                    }
                }

                entity.Views.AddRange(Files($"{folder}/SavedQueries", "*.xml").Select(LoadXml));
                entity.Charts.AddRange(Files($"{folder}/Visualizations", "*.xml").Select(LoadXml));
                if (File.Exists(Full($"{folder}/RibbonDiff.xml")))
                {
                    entity.RibbonDiff = LoadXml($"{folder}/RibbonDiff.xml");
                }

                Entities.Add(entity);
            }

            Roles.AddRange(Files("Roles", "*.xml").Select(LoadXml));
            Dashboards.AddRange(Files("Dashboards", "*.xml").Select(LoadXml));
            AppModules.AddRange(Folders("AppModules").Select(folder => LoadXml($"{folder}/AppModule.xml")));
            AppModuleSiteMaps.AddRange(Folders("AppModuleSiteMaps").Select(folder => LoadXml($"{folder}/AppModuleSiteMap.xml")));
            foreach (var folder in Folders("environmentvariabledefinitions"))
            {
                var definition = LoadXml($"{folder}/environmentvariabledefinition.xml");
                EnvironmentVariables.Add(definition);
            }

            foreach (var folder in Folders("customapis"))
            {
                CustomApis.Add(new CustomApiSource(
                    Path.GetFileName(folder),
                    LoadXml($"{folder}/customapi.xml"),
                    Folders($"{folder}/customapirequestparameters").Select(part => (Path.GetFileName(part), LoadXml($"{part}/customapirequestparameter.xml"))).ToList(),
                    Folders($"{folder}/customapiresponseproperties").Select(part => (Path.GetFileName(part), LoadXml($"{part}/customapiresponseproperty.xml"))).ToList()));
            }

            foreach (var partsFolder in new[] { "environmentvariabledefinitions", "customapis" })
            {
                foreach (var file in Files(partsFolder, "*", recursive: true))
                {
                    Parts.Add(new PartFile(file, file, File.ReadAllBytes(Full(file))));
                }
            }

            foreach (var data in Files("WebResources", "*.data.xml", recursive: true))
            {
                var content = data.Substring(0, data.Length - ".data.xml".Length);
                if (!File.Exists(Full(content)))
                {
                    throw new SolutionSourceException(data, "(file)", $"describes a web resource whose file {content} is missing.");
                }

                var resource = new WebResourceSource(LoadXml(data), content, File.ReadAllBytes(Full(content)));
                WebResources.Add(resource);
                Parts.Add(new PartFile(resource.ZipPath, content, resource.Content));
            }

            Model = new SolutionModel(Entities.Select(ReadTable));
        }

        // ------------------------------------------------------------------ tables and columns

        private TableModel ReadTable(EntitySource entity)
        {
            var file = entity.Entity.File;
            var info = entity.Entity.Root.Element("EntityInfo")?.Element("entity")
                ?? throw new SolutionSourceException(file, "<Entity>", "has no <EntityInfo><entity>.");
            var schema = entity.SchemaName;
            if (string.IsNullOrWhiteSpace(schema))
            {
                throw new SolutionSourceException(file, "<Entity>", "has no <Name>.");
            }

            var attributes = info.Element("attributes")?.Elements("attribute").ToList() ?? new List<XElement>();
            var columns = attributes.Select(attribute => ReadColumn(file, schema, attribute)).ToList();
            var duplicate = columns.GroupBy(column => column.LogicalName).FirstOrDefault(group => group.Count() > 1);
            if (duplicate != null)
            {
                throw new SolutionSourceException(file, $"<attribute PhysicalName='{duplicate.First().SchemaName}'>", "is defined twice.");
            }

            var primaryKey = columns.FirstOrDefault(column => column.Type == ColumnType.PrimaryKey);
            var primaryName = attributes.FirstOrDefault(attribute => ((string?)attribute.Element("DisplayMask") ?? "").Split('|').Contains("PrimaryName"));
            var keys = info.Element("EntityKeys")?.Elements("EntityKey")
                .Select(key => new KeyModel((string?)key.Element("LogicalName") ?? (string?)key.Element("Name") ?? "",
                    key.Element("EntityKeyAttributes")?.Elements("AttributeName").Select(name => name.Value.Trim().ToLowerInvariant()).ToList() ?? new List<string>()))
                .ToList() ?? new List<KeyModel>();
            foreach (var key in keys)
            {
                foreach (var column in key.Columns.Where(column => columns.All(c => c.LogicalName != column)))
                {
                    throw new SolutionSourceException(file, $"<EntityKey> '{key.Name}'", $"names column '{column}', which the table does not define.");
                }
            }

            return new TableModel(schema.ToLowerInvariant(), schema, columns)
            {
                DisplayName = (string?)info.Element("LocalizedNames")?.Element("LocalizedName")?.Attribute("description"),
                PrimaryIdAttribute = primaryKey?.LogicalName,
                PrimaryNameAttribute = primaryName == null ? null : ((string?)primaryName.Element("LogicalName"))?.ToLowerInvariant(),
                Ownership = (string?)info.Element("OwnershipTypeMask") ?? "UserOwned",
                IsActivity = (string?)info.Element("IsActivity") == "1",
                HasActivities = Relationships.Any(relationship =>
                    string.Equals((string?)relationship.Element("ReferencedEntityName"), schema, StringComparison.OrdinalIgnoreCase) &&
                    string.Equals((string?)relationship.Element("ReferencingAttributeName"), "RegardingObjectId", StringComparison.OrdinalIgnoreCase)),
                IsCustom = primaryKey != null,
                Keys = keys,
            };
        }

        private ColumnModel ReadColumn(string file, string entitySchema, XElement attribute)
        {
            var physical = (string?)attribute.Attribute("PhysicalName") ?? "";
            var logical = ((string?)attribute.Element("LogicalName") ?? physical).ToLowerInvariant();
            var typeText = (string?)attribute.Element("Type")
                ?? throw new SolutionSourceException(file, SolutionSourceException.Describe(attribute), "has no <Type>.");
            if (!Validation.SchemaEnumerations.CrmDataType.Contains(typeText, StringComparer.Ordinal))
            {
                throw new SolutionSourceException(file, $"<Type> of {SolutionSourceException.Describe(attribute)}",
                    $"'{typeText}' is not a CrmDataType of the solution schema, so Dataverse would refuse the import; use {Validation.SchemaEnumerations.Describe(Validation.SchemaEnumerations.CrmDataType)}.");
            }

            var type = typeText switch
            {
                "nvarchar" => ColumnType.Text,
                "ntext" => ColumnType.Memo,
                "int" => ColumnType.WholeNumber,
                "bigint" => ColumnType.BigInt,
                "decimal" => ColumnType.Decimal,
                "float" => ColumnType.Float,
                "money" => ColumnType.Money,
                "bit" => ColumnType.Boolean,
                "datetime" => ColumnType.DateTime,
                "picklist" => ColumnType.Choice,
                "multiselectpicklist" => ColumnType.MultiChoice,
                "lookup" => ColumnType.Lookup,
                "customer" => ColumnType.Customer,
                "owner" => ColumnType.Owner,
                "state" => ColumnType.State,
                "status" => ColumnType.Status,
                "primarykey" => ColumnType.PrimaryKey,
                "uniqueidentifier" => ColumnType.UniqueIdentifier,
                "partylist" => ColumnType.PartyList,
                _ => throw new SolutionSourceException(file, $"<Type> of {SolutionSourceException.Describe(attribute)}",
                    $"'{typeText}' is a CrmDataType the suite does not use yet (the packer's checks and the emulator know {string.Join(", ", ModelledTypes)})."),
            };

            var optionSet = attribute.Element("optionset");
            var options = new List<OptionModel>();
            if (optionSet != null)
            {
                options.AddRange(optionSet.Element("options")?.Elements("option").Select(option => new OptionModel(Int(file, option, "value"), Label(option))) ?? Enumerable.Empty<OptionModel>());
                options.AddRange(optionSet.Element("states")?.Elements("state").Select(state =>
                    new OptionModel(Int(file, state, "value"), Label(state), DefaultStatus: Int(file, state, "defaultstatus"))) ?? Enumerable.Empty<OptionModel>());
                options.AddRange(optionSet.Element("statuses")?.Elements("status").Select(status =>
                    new OptionModel(Int(file, status, "value"), Label(status), State: Int(file, status, "state"))) ?? Enumerable.Empty<OptionModel>());
            }

            IReadOnlyList<string> targets = Array.Empty<string>();
            if (type == ColumnType.Owner)
            {
                targets = new[] { "systemuser", "team" };
            }
            else if (type is ColumnType.Lookup or ColumnType.Customer)
            {
                targets = LookupTargets(entitySchema, physical);
            }

            return new ColumnModel(logical, physical, type)
            {
                DisplayName = (string?)attribute.Element("displaynames")?.Element("displayname")?.Attribute("description"),
                RequiredLevel = (string?)attribute.Element("RequiredLevel") ?? "none",
                MaxLength = IntOrNull(attribute.Element("MaxLength")),
                MinValue = DecimalOrNull(attribute.Element("MinValue")),
                MaxValue = DecimalOrNull(attribute.Element("MaxValue")),
                Precision = IntOrNull(attribute.Element("Accuracy")) ?? IntOrNull(attribute.Element("Precision")),
                DateOnly = type == ColumnType.DateTime && ((string?)attribute.Element("Behavior") == "2" || (string?)attribute.Element("Format") == "date" && (string?)attribute.Element("IsCustomField") == "1"),
                Options = options,
                Targets = targets,
                IsCustom = (string?)attribute.Element("IsCustomField") == "1",
                ValidForCreate = (string?)attribute.Element("ValidForCreateApi") != "0",
                ValidForUpdate = (string?)attribute.Element("ValidForUpdateApi") != "0",
            };
        }

        /// <summary>The CrmDataType values the source model maps to a <see cref="ColumnType"/>.</summary>
        private static readonly string[] ModelledTypes =
        {
            "nvarchar", "ntext", "int", "bigint", "decimal", "float", "money", "bit", "datetime", "picklist", "multiselectpicklist", "lookup",
            "customer", "owner", "state", "status", "primarykey", "uniqueidentifier", "partylist",
        };

        private IReadOnlyList<string> LookupTargets(string entitySchema, string attributeSchema) =>
            Relationships
                .Where(relationship =>
                    string.Equals((string?)relationship.Element("ReferencingEntityName"), entitySchema, StringComparison.OrdinalIgnoreCase) &&
                    string.Equals((string?)relationship.Element("ReferencingAttributeName"), attributeSchema, StringComparison.OrdinalIgnoreCase))
                .Select(relationship => ((string?)relationship.Element("ReferencedEntityName") ?? "").ToLowerInvariant())
                .SelectMany(target => target == "owner" ? new[] { "systemuser", "team" } : new[] { target })
                .Distinct(StringComparer.Ordinal)
                .OrderBy(target => target, StringComparer.Ordinal)
                .ToList();

        private static string Label(XElement option) =>
            (string?)option.Element("labels")?.Element("label")?.Attribute("description") ?? "";

        private static int Int(string file, XElement element, string attribute)
        {
            var text = (string?)element.Attribute(attribute);
            if (!int.TryParse(text, NumberStyles.Integer, CultureInfo.InvariantCulture, out var value))
            {
                throw new SolutionSourceException(file, SolutionSourceException.Describe(element), $"has no whole-number '{attribute}'.");
            }

            return value;
        }

        private static int? IntOrNull(XElement? element) =>
            element != null && int.TryParse(element.Value, NumberStyles.Integer, CultureInfo.InvariantCulture, out var value) ? value : null;

        private static decimal? DecimalOrNull(XElement? element) =>
            element != null && decimal.TryParse(element.Value, NumberStyles.Float, CultureInfo.InvariantCulture, out var value) ? value : null;

        private static string Required(SourceXml file, XElement parent, string element)
        {
            var value = (string?)parent.Element(element);
            if (string.IsNullOrWhiteSpace(value))
            {
                throw new SolutionSourceException(file.File, $"<{parent.Name.LocalName}>", $"has no <{element}>.");
            }

            return value.Trim();
        }

        // ------------------------------------------------------------------ files

        private string Full(string relative) => Path.Combine(Folder, relative.Replace('/', Path.DirectorySeparatorChar));

        private SourceXml LoadXml(string relative)
        {
            var path = Full(relative);
            if (!File.Exists(path))
            {
                throw new SolutionSourceException(relative, "(file)", "is missing.");
            }

            try
            {
                var document = XDocument.Load(path, LoadOptions.SetLineInfo);
                return new SourceXml(relative, document.Root ?? throw new SolutionSourceException(relative, "(file)", "is empty."));
            }
            catch (XmlException error)
            {
                throw new SolutionSourceException(relative, $"(line {error.LineNumber})", "is not well-formed XML: " + error.Message);
            }
        }

        private IEnumerable<string> Folders(string relative)
        {
            var path = Full(relative);
            return Directory.Exists(path)
                ? Directory.GetDirectories(path).Select(folder => relative + "/" + Path.GetFileName(folder)).OrderBy(folder => folder, StringComparer.Ordinal).ToList()
                : Enumerable.Empty<string>();
        }

        private IEnumerable<string> Files(string relative, string pattern, bool recursive = false)
        {
            var path = Full(relative);
            return Directory.Exists(path)
                ? Directory.GetFiles(path, pattern, recursive ? SearchOption.AllDirectories : SearchOption.TopDirectoryOnly)
                    .Select(file => Path.GetRelativePath(Folder, file).Replace(Path.DirectorySeparatorChar, '/'))
                    .OrderBy(file => file, StringComparer.Ordinal)
                    .ToList()
                : Enumerable.Empty<string>();
        }
    }
}
