using System;
using CrmIndependence.Plugins.Infrastructure;
using CrmIndependence.Plugins.Schema;
using Microsoft.Xrm.Sdk;
using Microsoft.Xrm.Sdk.Query;

namespace CrmIndependence.Plugins.Platform
{
    /// <summary>
    /// The shared half of the steps that keep a rep's work with someone who can act on it: when a user is disabled, the
    /// rows waiting on them (planned coaching sessions, open help requests) go to each rep's nearest active manager
    /// (<see cref="ManagerChainReader.NearestActiveManager"/>); and a row is shared with the manager it goes to
    /// (<see cref="ManagerAccess"/>). The steps say what their rows are; this class reads, loops and shares.
    /// </summary>
    public static class ManagerHandOver
    {
        /// <summary>The post-image a step calling <see cref="FromDisabledUser"/> registers (on Update of systemuser, filtered on <c>isdisabled</c>).</summary>
        public const string DisabledUserImage = SystemUser.IsDisabled + "," + SystemUser.FullName;

        /// <summary>
        /// On an Update of a user (post-image: is disabled, full name): the rows <paramref name="waitingOn"/> finds for the
        /// user this save disabled, each handed to <paramref name="handOver"/>. A save that did not disable the user does
        /// nothing but trace <paramref name="notDisabled"/>. <paramref name="found"/> words the count for the trace.
        /// Service calls: one RetrieveMultiple, and what <paramref name="handOver"/> spends per row.
        /// </summary>
        public static void FromDisabledUser(
            LocalPluginContext context, string notDisabled, Func<Guid, QueryExpression> waitingOn, Func<int, string> found, Action<Entity> handOver)
        {
            var user = context.PostImage();
            if (user?.GetAttributeValue<bool?>(SystemUser.IsDisabled) != true)
            {
                context.Trace(notDisabled);
                return;
            }

            var userId = context.ExecutionContext.PrimaryEntityId;
            var rows = context.SystemService.RetrieveMultiple(waitingOn(userId)).Entities;
            context.Trace($"{user.GetAttributeValue<string>(SystemUser.FullName) ?? userId.ToString()} was disabled: {found(rows.Count)}.");
            foreach (var row in rows)
            {
                handOver(row);
            }
        }

        /// <summary>
        /// On a Create, or an Update of the manager column with a post-image of the manager and rep columns: the row as
        /// saved (the Target of a Create; the post-image of an Update, else its Target).
        /// </summary>
        public static Entity SavedRow(LocalPluginContext context) =>
            context.MessageName == "Create" ? context.Target : context.PostImage() ?? context.Target;

        /// <summary>
        /// Shares the row this step runs on with <paramref name="manager"/> so they can act on it, unless they are the
        /// rep's direct manager (the hierarchy gives them the row); a row owned by a team is shared. True when shared.
        /// </summary>
        public static bool ShareWith(LocalPluginContext context, string table, EntityReference? rep, EntityReference manager)
        {
            var record = new EntityReference(table, context.ExecutionContext.PrimaryEntityId);
            if (rep != null && rep.LogicalName == SystemUser.EntityName)
            {
                return ManagerAccess.GrantUnlessDirectManager(context.SystemService, record, rep.Id, manager.Id);
            }

            ManagerAccess.Grant(context.SystemService, record, manager.Id);
            return true;
        }
    }
}
