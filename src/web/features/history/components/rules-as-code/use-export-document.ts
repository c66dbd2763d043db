import { useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { rulesDocumentSchemaPath } from '../../../../../contract/rules-document';
import { toRulesDocument, type AssigneeDirectory } from '../../../../../rule-plans';
import { useToast } from '../../../../components/ui/use-toast';
import { useAssigneeDirectory } from '../../../../data/organization/use-assignee-directory';
import { readRuleSnapshot } from '../../../../data/rule-plans/read-rule-snapshot';
import { backendQueryOptions } from '../../../../data/session/get-backend';
import { describeError } from '../../../../lib/api-error';
import type { CurrentEnvironment } from '../../../../lib/environments/current-environment';
import { countOf } from '../../../../lib/format';
import { documentFileName, downloadJson } from './download-json';

/** The organization's people and roles as the document names them (by email and role name). */
export function useDocumentDirectory(): { directory: AssigneeDirectory; complete: boolean } {
  const { members, roles } = useAssigneeDirectory();
  return {
    directory: { members: members.items, roles: roles.items },
    complete: members.status === 'ready' && roles.status === 'ready',
  };
}

/** Export: the environment's rules as they are now, downloaded as a versioned rules document. */
export function useExportDocument(environment: CurrentEnvironment) {
  const client = useQueryClient();
  const toast = useToast();
  const { directory, complete } = useDocumentDirectory();
  const [busy, setBusy] = useState(false);

  const run = async () => {
    setBusy(true);
    try {
      const [{ snapshot }, backend] = await Promise.all([
        readRuleSnapshot(client, environment.id),
        client.fetchQuery(backendQueryOptions()),
      ]);
      const document = toRulesDocument(snapshot, directory, {
        source: { environment: { id: environment.id, name: environment.name }, mode: backend.mode },
        schemaUrl: `${window.location.origin}${rulesDocumentSchemaPath}`,
      });
      const fileName = documentFileName(environment.name);
      downloadJson(fileName, document);
      const count = snapshot.assignment.length + snapshot.grouping.length + snapshot.suppression.length;
      toast.show({
        tone: 'success',
        message:
          `Exported ${countOf(count, 'rule')} of ${environment.name} to ${fileName}.` +
          (complete ? '' : ' Members or roles could not be listed: their assignees are written by id.'),
      });
    } catch (error) {
      toast.show({ tone: 'error', message: `Could not export the rules: ${describeError(error)}` });
    } finally {
      setBusy(false);
    }
  };
  return { run: () => void run(), busy };
}
