using System.Collections.Generic;

namespace CrmIndependence.Solution.Source
{
    /// <summary>
    /// One custom API folder, <c>customapis/&lt;uniquename&gt;/</c>: its <c>customapi.xml</c> and the
    /// <c>customapirequestparameters/&lt;name&gt;/customapirequestparameter.xml</c> and
    /// <c>customapiresponseproperties/&lt;name&gt;/customapiresponseproperty.xml</c> files. The files ship as they are
    /// (zip parts); this model is what the packer validates.
    /// </summary>
    public sealed record CustomApiSource(
        string FolderName,
        SourceXml Api,
        IReadOnlyList<(string FolderName, SourceXml File)> RequestParameters,
        IReadOnlyList<(string FolderName, SourceXml File)> ResponseProperties)
    {
        public string UniqueName => (string?)Api.Root.Attribute("uniquename") ?? "";
    }
}
