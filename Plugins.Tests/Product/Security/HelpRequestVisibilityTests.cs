using System.Linq;
using CrmIndependence.Plugins.Schema;
using CrmIndependence.Plugins.Tests.Product.HelpRequests;
using Microsoft.VisualStudio.TestTools.UnitTesting;
using Microsoft.Xrm.Sdk;
using Microsoft.Xrm.Sdk.Query;

namespace CrmIndependence.Plugins.Tests.Product.Security
{
    /// <summary>
    /// A help request is an activity, and Dataverse governs a custom activity table with the Activity privileges
    /// (docs/INSTALL.md, the roles table): the standard Salesperson role reads activities organization-wide, so
    /// reps read each other's requests, while writing stays with the request's owner.
    /// </summary>
    [TestClass]
    public sealed class HelpRequestVisibilityTests
    {
        [TestMethod]
        public void A_rep_reads_a_peers_help_request_through_the_Salesperson_activity_read_but_cannot_change_it()
        {
            var org = new SalesOrg();
            var samsRequest = org.File(org.Sam, HelpRequestDesk.NonUrgent("Which contract term for the renewal?"));

            var readByRiley = org.As(org.Riley).RetrieveMultiple(new QueryExpression(HelpRequest.EntityName) { ColumnSet = new ColumnSet(false) }).Entities;
            var refusal = SalesOrg.Refusal(() => org.As(org.Riley).Update(new Entity(HelpRequest.EntityName, samsRequest) { ["description"] = "Changed by a peer" }));

            CollectionAssert.Contains(readByRiley.Select(row => row.Id).ToArray(), samsRequest);
            StringAssert.Contains(refusal, "prvWrite");
        }
    }
}
