import { PageHeader } from '../../components/ui/page-header';
import { BackendSection } from './backend-section';
import { DeprecationsSection } from './deprecations-section';
import { EnvironmentsSection } from './environments-section';
import { KeySection } from './key-section';

export function SettingsPage() {
  return (
    <>
      <PageHeader
        title="Settings"
        description="Where the dashboard gets its data, with which key, and for which environments."
      />
      <BackendSection />
      <DeprecationsSection />
      <KeySection />
      <EnvironmentsSection />
    </>
  );
}
