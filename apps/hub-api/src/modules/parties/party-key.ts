/** One page of one of a profile's lists: its size and where it starts. */
export interface ListPage {
  first: number;
  after?: string | null;
}

/** How a town officer names a party: exactly one of these (PartiesService checks). */
export interface PartyKey {
  uscc?: string;
  idNumber?: string;
  name?: string;
}
