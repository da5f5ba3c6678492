// Your page's own content beside the chat: here, the user's past support tickets.
const subjects = [
  'Refund for a damaged kettle',
  'Change of delivery address',
  'Missing item in my parcel',
  'Charged twice for one order',
];
const tickets = Array.from({ length: 20 }, (_, index) => ({
  id: 1042 - index * 3,
  subject: subjects[index % subjects.length],
  status: index === 0 ? 'Open' : 'Solved',
}));

const oneLine = { overflow: 'hidden', textOverflow: 'ellipsis', whiteSpace: 'nowrap' } as const;

export function RecentTickets() {
  return (
    <ul style={{ listStyle: 'none', margin: 0, padding: 0 }}>
      {tickets.map((ticket) => (
        <li key={ticket.id} style={{ padding: '6px 0', borderBottom: '1px solid #8888' }}>
          <div style={oneLine}>
            #{ticket.id} {ticket.subject}
          </div>
          <small>{ticket.status}</small>
        </li>
      ))}
    </ul>
  );
}
