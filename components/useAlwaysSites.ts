import { useEffect, useState } from 'preact/hooks';
import { alwaysSites, watchAlwaysSites } from '../utils/shared/sites';

export function useAlwaysSites(): string[] {
  const [sites, setSites] = useState<string[]>([]);
  useEffect(() => {
    void alwaysSites().then(setSites);
    return watchAlwaysSites(setSites);
  }, []);
  return sites;
}
