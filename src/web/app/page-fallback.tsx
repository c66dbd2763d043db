import { LoadingState } from '../components/ui/loading-state';

export function PageFallback() {
  return <LoadingState label="page" lines={4} />;
}
