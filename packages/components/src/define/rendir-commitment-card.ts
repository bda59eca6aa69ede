import { defineElement } from '../platform/define.ts';
import { RendirCommitmentCard } from '../commitment-card/commitment-card.ts';

defineElement('rendir-commitment-card', RendirCommitmentCard);

export { RendirCommitmentCard };
