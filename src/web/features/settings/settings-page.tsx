import { PageHeader } from '../../components/ui/page-header';
import { BackendSection } from './components/backend-section';
import { DeprecationsSection } from './components/deprecations-section';
import { EnvironmentsSection } from './components/environments-section';
import { HistoryNameSection } from './components/history-name-section';
import { IntegrationsSection } from './components/integrations-section';
import { KeySection } from './components/key-section';
import { SendExceptionsSection } from './components/send-exceptions/send-exceptions-section';
import './settings-page.css';

export function SettingsPage() {
  return (
    <>
      <PageHeader
        title="Settings"
        description="Where the dashboard gets its data, with which key, for which environments, your name in the rule history, where apps send exceptions, and how tickets are created."
      />
      <BackendSection />
      <DeprecationsSection />
      <KeySection />
      <EnvironmentsSection />
      <HistoryNameSection />
      <SendExceptionsSection />
      <IntegrationsSection />
    </>
  );
}
