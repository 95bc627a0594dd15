/**
 * CIM data models: the root datasets whose names prefix field names in `tstats` and
 * `datamodel` searches (`Processes.process_name` under `Endpoint.Processes`,
 * `All_Traffic.dest_port` under `Network_Traffic`). From the Splunk Common Information
 * Model's data model definitions.
 */

const ROOT_DATASETS: Readonly<Record<string, readonly string[]>> = {
  Alerts: ['Alerts'],
  Application_State: ['All_Application_State'],
  Authentication: ['Authentication'],
  Certificates: ['All_Certificates'],
  Change: ['All_Changes'],
  Change_Analysis: ['All_Changes'],
  Compute_Inventory: ['All_Inventory'],
  Data_Access: ['Data_Access'],
  Databases: ['All_Databases'],
  DLP: ['DLP_Incidents'],
  Email: ['All_Email'],
  Endpoint: ['Processes', 'Filesystem', 'Registry', 'Services', 'Ports'],
  Event_Signatures: ['Signatures'],
  Interprocess_Messaging: ['All_Interprocess_Messaging'],
  Intrusion_Detection: ['IDS_Attacks'],
  Inventory: ['All_Inventory'],
  JVM: ['JVM'],
  Malware: ['Malware_Attacks', 'Malware_Operations'],
  Network_Resolution: ['DNS'],
  Network_Sessions: ['All_Sessions'],
  Network_Traffic: ['All_Traffic'],
  Performance: ['All_Performance'],
  Risk: ['All_Risk'],
  Splunk_Audit: ['Datamodel_Acceleration', 'Search_Activity', 'View_Activity'],
  Ticket_Management: ['All_Ticket_Management'],
  UEBA: ['All_UEBA_Events'],
  Updates: ['Updates'],
  Vulnerabilities: ['Vulnerabilities'],
  Web: ['Web']
}

export interface DataModelRef {
  /** As written: `Endpoint.Processes`, `Network_Traffic`. */
  name: string
  model: string
  /** The dataset named after the model (`Processes`); else the model's only root dataset. */
  dataset: string | null
}

/** `Endpoint.Processes` → model `Endpoint`, dataset `Processes`. */
export function dataModelRef(written: string): DataModelRef {
  const name = written.trim()
  const dot = name.indexOf('.')
  const model = dot === -1 ? name : name.slice(0, dot)
  const roots = ROOT_DATASETS[model]
  const dataset = dot === -1 ? (roots?.length === 1 ? roots[0] : null) : name.slice(name.lastIndexOf('.') + 1)
  return { name, model, dataset }
}

/** Prefixes stripped from field names under a data model (and a `nodename`). */
export function datasetPrefixes(ref: DataModelRef, nodename?: string): string[] {
  const out = new Set<string>(ROOT_DATASETS[ref.model] ?? [])
  out.add(ref.model)
  for (const seg of ref.name.split('.').slice(1)) out.add(seg)
  if (nodename) for (const seg of nodename.split('.')) if (seg) out.add(seg)
  return [...out]
}
