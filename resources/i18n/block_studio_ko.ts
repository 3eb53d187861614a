<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ko" sourcelanguage="en">
<context>
    <name>ActivationMosaic</name>
    <message>
        <source>all channels</source>
        <translation>모든 채널</translation>
    </message>
    <message>
        <source>index</source>
        <translation>인덱스</translation>
    </message>
    <message>
        <source>all values</source>
        <translation>모든 값</translation>
    </message>
    <message>
        <source>value {index} of {count}: {value}</source>
        <translation>값 {index} / {count}: {value}</translation>
    </message>
    <message>
        <source>channel {channel} (y {row}, x {column}): {value}</source>
        <translation>채널 {channel} (y {row}, x {column}): {value}</translation>
    </message>
    <message>
        <source>channel {channel}</source>
        <translation>채널 {channel}</translation>
    </message>
</context>
<context>
    <name>ActivationView</name>
    <message>
        <source>Press Run to see what each layer computes.</source>
        <translation>실행을 누르면 각 레이어가 무엇을 계산하는지 볼 수 있습니다.</translation>
    </message>
    <message>
        <source>Auto scale</source>
        <translation>자동 범위</translation>
    </message>
    <message>
        <source>shared for 1x1 maps and vectors, per channel for pictures</source>
        <translation>1x1 맵과 벡터는 공통 범위, 그림은 채널별 범위</translation>
    </message>
    <message>
        <source>Shared scale</source>
        <translation>공통 범위</translation>
    </message>
    <message>
        <source>one colour scale for every channel: compare channels with each other</source>
        <translation>모든 채널에 색 범위 하나: 채널끼리 비교할 수 있습니다</translation>
    </message>
    <message>
        <source>Per-channel scale</source>
        <translation>채널별 범위</translation>
    </message>
    <message>
        <source>each channel on its own min..max: see the pattern of weak channels too</source>
        <translation>채널마다 자기 최솟값..최댓값: 약한 채널의 무늬도 보입니다</translation>
    </message>
    <message>
        <source>Eval mode: a fresh {kind} normalises with its running statistics (mean 0, variance 1), so it changes almost nothing and this picture matches the previous layer&apos;s. Train mode normalises with this batch&apos;s own mean and variance.</source>
        <translation>평가 모드(eval): 새로 만든 {kind}는 이동 통계(평균 0, 분산 1)로 정규화하므로 값을 거의 바꾸지 않고, 이 그림은 이전 레이어의 그림과 같습니다. 학습 모드(train)에서는 이 배치 자체의 평균과 분산으로 정규화합니다.</translation>
    </message>
    <message>
        <source>which sample of the batch to show</source>
        <translation>배치에서 보여 줄 샘플</translation>
    </message>
    <message>
        <source>colour scale of the mosaic: {scales}</source>
        <translation>모자이크의 색 범위: {scales}</translation>
    </message>
    <message>
        <source>Run in train mode</source>
        <translation>학습 모드로 실행</translation>
    </message>
    <message>
        <source>Run again with BatchNorm using this batch&apos;s statistics, to compare</source>
        <translation>배치 정규화 (BatchNorm)가 이 배치의 통계를 쓰도록 다시 실행해 비교합니다</translation>
    </message>
    <message>
        <source>sample</source>
        <translation>샘플</translation>
    </message>
    <message>
        <source>values (one sample)</source>
        <translation>값 (샘플 하나)</translation>
    </message>
    <message>
        <source>count</source>
        <translation>개수</translation>
    </message>
    <message>
        <source>channel {channel} of {count}: {low} .. {high}</source>
        <translation>채널 {channel} / {count}: {low} .. {high}</translation>
    </message>
    <message>
        <source>input: {description}</source>
        <translation>입력: {description}</translation>
    </message>
    <message>
        <source>The block has no layers.</source>
        <translation>블록에 레이어가 없습니다.</translation>
    </message>
    <message>
        <source>step {number} {label}</source>
        <translation>단계 {number} {label}</translation>
    </message>
    <message>
        <source>layer {number} {kind}</source>
        <translation>레이어 {number} {kind}</translation>
    </message>
    <message>
        <source>{what}, output {shape} from {inputs}</source>
        <translation>{what}, 출력 {shape} ({inputs}에서)</translation>
    </message>
    <message>
        <source>{what}, output {shape}</source>
        <translation>{what}, 출력 {shape}</translation>
    </message>
    <message>
        <source>block output: {title}</source>
        <translation>블록 출력: {title}</translation>
    </message>
    <message>
        <source>{title} (from the last run; the block has changed since: run again)</source>
        <translation>{title} (지난 실행의 결과입니다. 그 뒤 블록이 바뀌었으니 다시 실행하십시오)</translation>
    </message>
    <message>
        <source>step {number} {shape}</source>
        <translation>단계 {number} {shape}</translation>
    </message>
    <message>
        <source> and </source>
        <translation> 및 </translation>
    </message>
</context>
<context>
    <name>ForwardLessonView</name>
    <message>
        <source>&lt;h3&gt;Why may &lt;code&gt;F.relu&lt;/code&gt; be called in &lt;code&gt;forward&lt;/code&gt;, when &lt;code&gt;nn.Conv2d&lt;/code&gt; must be assigned in &lt;code&gt;__init__&lt;/code&gt;?&lt;/h3&gt;&lt;p&gt;&lt;code&gt;F.relu&lt;/code&gt; is a function: it holds no weights and no state, so there is nothing to register. A &lt;code&gt;Conv2d&lt;/code&gt; owns a weight and a bias; assigned to &lt;code&gt;self&lt;/code&gt; in &lt;code&gt;__init__&lt;/code&gt;, &lt;code&gt;nn.Module.__setattr__&lt;/code&gt; files it in &lt;code&gt;_modules&lt;/code&gt;, and from then on &lt;code&gt;parameters()&lt;/code&gt;, &lt;code&gt;state_dict()&lt;/code&gt; and &lt;code&gt;.to(device)&lt;/code&gt; know about it.&lt;/p&gt;&lt;p&gt;Press the button to generate the mistake for real: your block with its Conv2d created inside &lt;code&gt;forward&lt;/code&gt;, built and run next to the block as it is.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;&lt;code&gt;nn.Conv2d&lt;/code&gt;는 &lt;code&gt;__init__&lt;/code&gt;에서 할당해야 하는데, &lt;code&gt;F.relu&lt;/code&gt;는 왜 &lt;code&gt;forward&lt;/code&gt;에서 불러도 될까요?&lt;/h3&gt;&lt;p&gt;&lt;code&gt;F.relu&lt;/code&gt;는 함수입니다. 가중치도 상태도 갖지 않으므로 등록할 것이 없습니다. 합성곱 (&lt;code&gt;Conv2d&lt;/code&gt;) 레이어는 가중치와 편향을 가집니다. &lt;code&gt;__init__&lt;/code&gt;에서 &lt;code&gt;self&lt;/code&gt;에 할당하면 &lt;code&gt;nn.Module.__setattr__&lt;/code&gt;가 그것을 &lt;code&gt;_modules&lt;/code&gt;에 넣어 두고, 그때부터 &lt;code&gt;parameters()&lt;/code&gt;, &lt;code&gt;state_dict()&lt;/code&gt;, &lt;code&gt;.to(device)&lt;/code&gt;가 그것을 알게 됩니다.&lt;/p&gt;&lt;p&gt;버튼을 누르면 이 실수를 실제로 만들어 봅니다. Conv2d를 &lt;code&gt;forward&lt;/code&gt; 안에서 만드는 블록을 생성해, 지금의 블록과 나란히 만들고 실행합니다.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Create the Conv2d inside forward (the mistake) and run both</source>
        <translation>Conv2d를 forward 안에서 만들고(실수) 둘 다 실행</translation>
    </message>
    <message>
        <source>The block has an error: fix it first, then compare.</source>
        <translation>블록에 오류가 있습니다. 먼저 고친 다음 비교하십시오.</translation>
    </message>
    <message>
        <source>(the block)</source>
        <translation>(블록 자신)</translation>
    </message>
    <message>
        <source>no function (it could: F.relu(x) needs nothing in __init__)</source>
        <translation>함수 없음 (불러도 됩니다: F.relu(x)는 __init__에 아무것도 필요하지 않습니다)</translation>
    </message>
    <message>
        <source>none</source>
        <translation>없음</translation>
    </message>
    <message>
        <source>differ by up to {difference}</source>
        <translation>최대 {difference}만큼 다름</translation>
    </message>
    <message>
        <source>forward calls</source>
        <translation>forward가 부르는 것</translation>
    </message>
    <message>
        <source>named_modules() of your block</source>
        <translation>여러분의 블록의 named_modules()</translation>
    </message>
    <message>
        <source>parameters(): your block / the mistake</source>
        <translation>parameters(): 여러분의 블록 / 실수한 블록</translation>
    </message>
    <message>
        <source>state_dict() keys the mistake lacks</source>
        <translation>실수한 블록의 state_dict()에 없는 키</translation>
    </message>
    <message>
        <source>your block, two runs on one input</source>
        <translation>여러분의 블록, 같은 입력으로 두 번 실행</translation>
    </message>
    <message>
        <source>identical</source>
        <translation>같음</translation>
    </message>
    <message>
        <source>different</source>
        <translation>다름</translation>
    </message>
    <message>
        <source>the mistake, two runs on one input</source>
        <translation>실수한 블록, 같은 입력으로 두 번 실행</translation>
    </message>
    <message>
        <source>after .to(&apos;{device}&apos;): your block&apos;s weights</source>
        <translation>.to(&apos;{device}&apos;) 뒤: 여러분의 블록의 가중치</translation>
    </message>
    <message>
        <source>the layers forward created</source>
        <translation>forward가 만든 레이어</translation>
    </message>
    <message>
        <source>running the mistake there</source>
        <translation>그 장치에서 실수한 블록 실행</translation>
    </message>
    <message>
        <source> (no GPU here: the &lt;code&gt;meta&lt;/code&gt; device stands in for one)</source>
        <translation> (여기에는 GPU가 없어 &lt;code&gt;meta&lt;/code&gt; 장치가 대신합니다)</translation>
    </message>
    <message>
        <source>&lt;h3&gt;The mistake, generated: &lt;code&gt;self.{attribute}&lt;/code&gt; is now made in forward&lt;/h3&gt;</source>
        <translation>&lt;h3&gt;생성된 실수: 이제 &lt;code&gt;self.{attribute}&lt;/code&gt;를 forward 안에서 만듭니다&lt;/h3&gt;</translation>
    </message>
    <message>
        <source>&lt;p&gt;Every call builds a new layer with new random weights, so the same input gives a different output; the optimizer never sees those weights (they are not in &lt;code&gt;parameters()&lt;/code&gt;), a checkpoint does not save them (not in &lt;code&gt;state_dict()&lt;/code&gt;), and &lt;code&gt;.to(device)&lt;/code&gt; cannot move them{stand_in}: they are created on the CPU at every call.&lt;/p&gt;</source>
        <translation>&lt;p&gt;호출할 때마다 새 무작위 가중치를 가진 새 레이어를 만들므로, 같은 입력에도 출력이 달라집니다. 옵티마이저는 그 가중치를 보지 못하고(&lt;code&gt;parameters()&lt;/code&gt;에 없습니다), 체크포인트도 그 가중치를 저장하지 않으며(&lt;code&gt;state_dict()&lt;/code&gt;에 없습니다), &lt;code&gt;.to(device)&lt;/code&gt;도 그 가중치를 옮기지 못합니다{stand_in}. 호출할 때마다 CPU에서 새로 만들어지기 때문입니다.&lt;/p&gt;</translation>
    </message>
</context>
<context>
    <name>InspectorTabs</name>
    <message>
        <source>Learn</source>
        <translation>배우기</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>요약</translation>
    </message>
    <message>
        <source>Activations</source>
        <translation>활성화</translation>
    </message>
    <message>
        <source>Run</source>
        <translation>실행</translation>
    </message>
    <message>
        <source>Timing</source>
        <translation>시간 측정</translation>
    </message>
    <message>
        <source>Train</source>
        <translation>학습</translation>
    </message>
    <message>
        <source>Registration</source>
        <translation>등록</translation>
    </message>
</context>
<context>
    <name>InternalsView</name>
    <message>
        <source>created by nn.Module.__init__</source>
        <translation>nn.Module.__init__이 만든 것</translation>
    </message>
    <message>
        <source>set by {name}.__init__</source>
        <translation>{name}.__init__이 설정한 것</translation>
    </message>
    <message>
        <source>_modules tree</source>
        <translation>_modules 트리</translation>
    </message>
    <message>
        <source>parameters</source>
        <translation>매개변수</translation>
    </message>
    <message>
        <source>buffers</source>
        <translation>버퍼</translation>
    </message>
    <message>
        <source>state_dict keys</source>
        <translation>state_dict 키</translation>
    </message>
    <message>
        <source>Press Instantiate to build the block and look inside the live object.</source>
        <translation>인스턴스 만들기를 누르면 블록을 만들고, 살아 있는 객체의 속을 들여다봅니다.</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>이름</translation>
    </message>
    <message>
        <source>Type / shape</source>
        <translation>타입 / 모양</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>값</translation>
    </message>
    <message>
        <source>{count} attributes</source>
        <translation>속성 {count}개</translation>
    </message>
    <message>
        <source>what super().__init__() gave the object: without it, none of these exist</source>
        <translation>super().__init__()가 객체에 준 것: 이 호출이 없으면 이 중 어느 것도 없습니다</translation>
    </message>
    <message>
        <source>submodules registered by nn.Module.__setattr__</source>
        <translation>nn.Module.__setattr__가 등록한 하위 모듈</translation>
    </message>
    <message>
        <source>{count} tensors, {total} values</source>
        <translation>텐서 {count}개, 값 {total}개</translation>
    </message>
    <message>
        <source>frozen</source>
        <translation>고정됨</translation>
    </message>
    <message>
        <source>{count} tensors: state, not learned</source>
        <translation>텐서 {count}개: 학습하지 않는 상태</translation>
    </message>
    <message>
        <source>{count} keys: parameters and buffers</source>
        <translation>키 {count}개: 매개변수와 버퍼</translation>
    </message>
    <message>
        <source>() scalar</source>
        <translation>() 스칼라</translation>
    </message>
</context>
<context>
    <name>LearnPanel</name>
    <message>
        <source>Select a layer to see how its output size, parameters and receptive field follow from its settings.</source>
        <translation>레이어를 선택하면 그 출력 크기, 매개변수, 수용 영역이 설정에서 어떻게 정해지는지 볼 수 있습니다.</translation>
    </message>
    <message>
        <source>Instantiate</source>
        <translation>인스턴스 만들기</translation>
    </message>
    <message>
        <source>Build the generated class with its default arguments and look inside</source>
        <translation>생성된 클래스를 기본 인수로 만들고 속을 들여다봅니다</translation>
    </message>
    <message>
        <source>Without super().__init__()</source>
        <translation>super().__init__() 없이</translation>
    </message>
    <message>
        <source>Instantiate a copy without the super call and see what PyTorch says</source>
        <translation>super 호출을 뺀 사본의 인스턴스를 만들어 PyTorch가 무엇이라고 하는지 봅니다</translation>
    </message>
    <message>
        <source>Live object</source>
        <translation>살아 있는 객체</translation>
    </message>
    <message>
        <source>Selected layer</source>
        <translation>선택한 레이어</translation>
    </message>
    <message>
        <source>Why super()</source>
        <translation>왜 super()인가</translation>
    </message>
    <message>
        <source>Register or not</source>
        <translation>등록할까, 말까</translation>
    </message>
    <message>
        <source>Run train/eval demonstration</source>
        <translation>학습/평가 모드 시연 실행</translation>
    </message>
    <message>
        <source>Feed one input through this BatchNorm2d in eval mode, then in train mode</source>
        <translation>입력 하나를 이 배치 정규화 (BatchNorm2d) 레이어에 평가 모드로, 이어서 학습 모드로 통과시킵니다</translation>
    </message>
    <message>
        <source>&lt;p&gt;Why does every &lt;code&gt;nn.Module&lt;/code&gt; start with &lt;code&gt;super().__init__()&lt;/code&gt;? Press &lt;b&gt;Without super().__init__()&lt;/b&gt;, or set the super call to &lt;i&gt;omitted&lt;/i&gt; and instantiate.&lt;/p&gt;</source>
        <translation>&lt;p&gt;모든 &lt;code&gt;nn.Module&lt;/code&gt;은 왜 &lt;code&gt;super().__init__()&lt;/code&gt;로 시작할까요? &lt;b&gt;super().__init__() 없이&lt;/b&gt;를 누르거나, super 호출을 &lt;i&gt;omitted&lt;/i&gt;(생략)로 바꾸고 인스턴스를 만들어 보십시오.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>The code cannot be generated: {error}</source>
        <translation>코드를 생성할 수 없습니다: {error}</translation>
    </message>
    <message>
        <source>{count} parameters is too many to build here (limit {limit}).</source>
        <translation>매개변수 {count}개는 여기서 만들기에 너무 많습니다 (한도 {limit}개).</translation>
    </message>
    <message>
        <source>{name} instantiated: {count} parameters, {keys} state_dict keys.</source>
        <translation>{name} 인스턴스를 만들었습니다: 매개변수 {count}개, state_dict 키 {keys}개.</translation>
    </message>
    <message>
        <source>The block changed since it was instantiated.</source>
        <translation>인스턴스를 만든 뒤 블록이 바뀌었습니다.</translation>
    </message>
    <message>
        <source>The block changed: press Instantiate to build it again.</source>
        <translation>블록이 바뀌었습니다. 다시 만들려면 인스턴스 만들기를 누르십시오.</translation>
    </message>
    <message>
        <source>Layer {number}: {kind}</source>
        <translation>레이어 {number}: {kind}</translation>
    </message>
    <message>
        <source>Output size: {input} -&gt; {output}</source>
        <translation>출력 크기: {input} -&gt; {output}</translation>
    </message>
    <message>
        <source>none: this layer learns nothing</source>
        <translation>없음: 이 레이어는 아무것도 학습하지 않습니다</translation>
    </message>
    <message>
        <source>Parameters</source>
        <translation>매개변수</translation>
    </message>
    <message>
        <source>Receptive field {height}x{width} input pixels, effective stride {stride_h}x{stride_w}</source>
        <translation>수용 영역: 입력 픽셀 {height}x{width}, 실효 stride {stride_h}x{stride_w}</translation>
    </message>
    <message>
        <source>&lt;h3&gt;Instantiating without super().__init__()&lt;/h3&gt;</source>
        <translation>&lt;h3&gt;super().__init__() 없이 인스턴스 만들기&lt;/h3&gt;</translation>
    </message>
    <message>
        <source>&lt;p&gt;Line numbers below are those of the class without the super call; in the code view, which has it, the failing line is line {line}.&lt;/p&gt;</source>
        <translation>&lt;p&gt;아래 줄 번호는 super 호출이 없는 클래스의 것입니다. super 호출이 있는 코드 보기에서는 실패한 줄이 {line}번째 줄입니다.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;p&gt;The assignment runs this part of &lt;code&gt;nn.Module.__setattr__&lt;/code&gt;, read from your installed torch (marked lines carry the point):&lt;/p&gt;</source>
        <translation>&lt;p&gt;할당문은 &lt;code&gt;nn.Module.__setattr__&lt;/code&gt;의 이 부분을 실행합니다. 설치된 torch에서 읽어 온 코드이며, 표시된 줄이 핵심입니다:&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;p&gt;And here &lt;code&gt;nn.Module.__init__&lt;/code&gt; creates &lt;code&gt;_modules&lt;/code&gt; and its siblings:&lt;/p&gt;</source>
        <translation>&lt;p&gt;그리고 여기서 &lt;code&gt;nn.Module.__init__&lt;/code&gt;이 &lt;code&gt;_modules&lt;/code&gt;와 그 형제들을 만듭니다:&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;h3&gt;super() or super(ClassName, self)?&lt;/h3&gt;</source>
        <translation>&lt;h3&gt;super()인가, super(ClassName, self)인가?&lt;/h3&gt;</translation>
    </message>
</context>
<context>
    <name>PreferencesDialog</name>
    <message>
        <source>Preferences</source>
        <translation>환경설정</translation>
    </message>
    <message>
        <source>System</source>
        <translation>시스템</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>언어(&amp;L):</translation>
    </message>
    <message>
        <source>&amp;Comments in generated code:</source>
        <translation>생성된 코드의 주석(&amp;C):</translation>
    </message>
    <message>
        <source>Generated code itself stays in English, as PyTorch is written; only its docstrings and comments follow this choice.</source>
        <translation>생성된 코드 자체는 PyTorch가 쓰이는 대로 영어로 남습니다. 독스트링과 주석만 이 선택을 따릅니다.</translation>
    </message>
</context>
<context>
    <name>RunFailure</name>
    <message>
        <source>unexpected {name}: {error}</source>
        <translation>예상하지 못한 {name}: {error}</translation>
    </message>
    <message>
        <source>Generated line {line}: {source}</source>
        <translation>생성된 코드 {line}번째 줄: {source}</translation>
    </message>
</context>
<context>
    <name>RunPanel</name>
    <message>
        <source>From the block before your last edit (run again to check): </source>
        <translation>마지막 편집 전 블록의 결과입니다 (확인하려면 다시 실행하십시오): </translation>
    </message>
    <message>
        <source>Random normal</source>
        <translation>무작위 정규 분포</translation>
    </message>
    <message>
        <source>Sample image</source>
        <translation>예제 이미지</translation>
    </message>
    <message>
        <source>Image file...</source>
        <translation>이미지 파일...</translation>
    </message>
    <message>
        <source>CPU threads torch may use (torch.set_num_threads)</source>
        <translation>torch가 쓸 수 있는 CPU 스레드 수 (torch.set_num_threads)</translation>
    </message>
    <message>
        <source>eval (running statistics)</source>
        <translation>평가 eval (이동 통계)</translation>
    </message>
    <message>
        <source>train (batch statistics)</source>
        <translation>학습 train (배치 통계)</translation>
    </message>
    <message>
        <source>BatchNorm normalises with running statistics in eval mode, batch ones in train mode</source>
        <translation>배치 정규화 (BatchNorm)는 평가 모드에서는 이동 통계로, 학습 모드에서는 배치의 통계로 정규화합니다</translation>
    </message>
    <message>
        <source>seed of the random normal input</source>
        <translation>무작위 정규 분포 입력의 시드</translation>
    </message>
    <message>
        <source>timed runs per layer, at least</source>
        <translation>레이어마다 시간을 재는 최소 실행 횟수</translation>
    </message>
    <message>
        <source>measuring time per layer, at least (after warm-up)</source>
        <translation>레이어마다 재는 최소 시간 (워밍업 뒤)</translation>
    </message>
    <message>
        <source>Live: re-run on every edit</source>
        <translation>실시간: 편집할 때마다 다시 실행</translation>
    </message>
    <message>
        <source>Run the block again (activations only, not timed) after every valid edit or input change; the selected layer&apos;s maps follow at once</source>
        <translation>유효한 편집이나 입력 변경이 있을 때마다 블록을 다시 실행합니다 (활성화만, 시간 측정 없이). 선택한 레이어의 맵이 곧바로 따라 바뀝니다</translation>
    </message>
    <message>
        <source>Run</source>
        <translation>실행</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>취소</translation>
    </message>
    <message>
        <source>Device</source>
        <translation>장치</translation>
    </message>
    <message>
        <source>CPU threads</source>
        <translation>CPU 스레드</translation>
    </message>
    <message>
        <source>Mode</source>
        <translation>모드</translation>
    </message>
    <message>
        <source>Input</source>
        <translation>입력</translation>
    </message>
    <message>
        <source>seed</source>
        <translation>시드</translation>
    </message>
    <message>
        <source>Timed runs</source>
        <translation>측정 실행 횟수</translation>
    </message>
    <message>
        <source>Measure for</source>
        <translation>측정 시간</translation>
    </message>
    <message>
        <source>Live: waiting for a valid block ({problem})</source>
        <translation>실시간: 유효한 블록을 기다리는 중 ({problem})</translation>
    </message>
    <message>
        <source>cannot read {name} as an image</source>
        <translation>{name}을(를) 이미지로 읽을 수 없습니다</translation>
    </message>
    <message>
        <source>Image: {name}</source>
        <translation>이미지: {name}</translation>
    </message>
    <message>
        <source>Images ({patterns});;All files (*)</source>
        <translation>이미지 ({patterns});;모든 파일 (*)</translation>
    </message>
    <message>
        <source>Input image</source>
        <translation>입력 이미지</translation>
    </message>
    <message>
        <source>The app is closing: runs have stopped.</source>
        <translation>앱을 닫는 중입니다. 실행을 멈췄습니다.</translation>
    </message>
    <message>
        <source>Cannot run: {problem}</source>
        <translation>실행할 수 없습니다: {problem}</translation>
    </message>
    <message>
        <source>Fix first: {problem}</source>
        <translation>먼저 고치십시오: {problem}</translation>
    </message>
    <message>
        <source>Instantiate the generated class and run it</source>
        <translation>생성된 클래스의 인스턴스를 만들어 실행합니다</translation>
    </message>
    <message>
        <source>Running...</source>
        <translation>실행 중...</translation>
    </message>
    <message>
        <source>Live: ran {count} layers on {device} (not timed).</source>
        <translation>실시간: {device}에서 레이어 {count}개를 실행했습니다 (시간 측정 없음).</translation>
    </message>
    <message>
        <source>Ran {count} layers on {device}, whole block {ms} ms.</source>
        <translation>{device}에서 레이어 {count}개를 실행했습니다. 블록 전체 {ms} ms.</translation>
    </message>
    <message>
        <source>Ran {count} layers on {device}.</source>
        <translation>{device}에서 레이어 {count}개를 실행했습니다.</translation>
    </message>
    <message>
        <source>Only one device here: {devices}.</source>
        <translation>여기에는 장치가 하나뿐입니다: {devices}.</translation>
    </message>
    <message>
        <source>{count} devices here: {devices}.</source>
        <translation>여기에는 장치가 {count}개 있습니다: {devices}.</translation>
    </message>
    <message>
        <source>no {device}: {reason}</source>
        <translation>{device} 없음: {reason}</translation>
    </message>
    <message>
        <source>Compared {devices}.</source>
        <translation>비교한 장치: {devices}.</translation>
    </message>
    <message>
        <source>The block is valid now: press Run.</source>
        <translation>이제 블록이 유효합니다. 실행을 누르십시오.</translation>
    </message>
    <message>
        <source>Cancelled.</source>
        <translation>취소했습니다.</translation>
    </message>
    <message>
        <source>Failed.</source>
        <translation>실패했습니다.</translation>
    </message>
</context>
<context>
    <name>RunTabs</name>
    <message>
        <source>Loading PyTorch...

The {title} tab is ready as soon as torch has been imported.</source>
        <translation>PyTorch를 불러오는 중...

torch를 불러오면 바로 {title} 탭을 쓸 수 있습니다.</translation>
    </message>
    <message>
        <source>Run Block</source>
        <translation>블록 실행</translation>
    </message>
</context>
<context>
    <name>SummaryModel</name>
    <message>
        <source>Layer</source>
        <translation>레이어</translation>
    </message>
    <message>
        <source>Output shape</source>
        <translation>출력 모양</translation>
    </message>
    <message>
        <source>Params</source>
        <translation>매개변수</translation>
    </message>
    <message>
        <source>Mult-adds</source>
        <translation>곱셈-덧셈</translation>
    </message>
    <message>
        <source>Activations</source>
        <translation>활성화</translation>
    </message>
    <message>
        <source>invalid</source>
        <translation>잘못됨</translation>
    </message>
    <message>
        <source>an earlier layer is invalid</source>
        <translation>앞의 레이어가 잘못되었습니다</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>합계</translation>
    </message>
    <message>
        <source>Totals over the layers that have a shape</source>
        <translation>모양이 정해진 레이어들의 합계</translation>
    </message>
</context>
<context>
    <name>TimingView</name>
    <message>
        <source>These timings are of the block before your last edit: run again to time this one.</source>
        <translation>이 시간 측정 결과는 마지막 편집 전 블록의 것입니다. 이 블록의 시간을 재려면 다시 실행하십시오.</translation>
    </message>
    <message>
        <source>median ms</source>
        <translation>중앙값 ms</translation>
    </message>
    <message>
        <source>Compare devices</source>
        <translation>장치 비교</translation>
    </message>
    <message>
        <source>Run the same block and input on every available device, one after another</source>
        <translation>같은 블록과 입력을 쓸 수 있는 모든 장치에서 차례로 실행합니다</translation>
    </message>
    <message>
        <source>Export CSV...</source>
        <translation>CSV 내보내기...</translation>
    </message>
    <message>
        <source>Export PNG...</source>
        <translation>PNG 내보내기...</translation>
    </message>
    <message>
        <source>Press Run to time each layer.</source>
        <translation>실행을 누르면 레이어마다 시간을 잽니다.</translation>
    </message>
    <message>
        <source>First call on {device} (lazy set-up, autotuning; not in the bars): whole block {ms} ms</source>
        <translation>{device}의 첫 호출 (지연 준비, 자동 튜닝; 막대에는 없음): 블록 전체 {ms} ms</translation>
    </message>
    <message>
        <source>Layer</source>
        <translation>레이어</translation>
    </message>
    <message>
        <source>{device}
median ms</source>
        <translation>{device}
중앙값 ms</translation>
    </message>
    <message>
        <source>{device}
IQR ms</source>
        <translation>{device}
사분위 범위 ms</translation>
    </message>
    <message>
        <source>{device}
1st call ms</source>
        <translation>{device}
첫 호출 ms</translation>
    </message>
    <message>
        <source>Export timings</source>
        <translation>시간 측정 결과 내보내기</translation>
    </message>
    <message>
        <source>CSV (*.csv)</source>
        <translation>CSV (*.csv)</translation>
    </message>
    <message>
        <source>Cannot write {path}: {reason}</source>
        <translation>{path}에 쓸 수 없습니다: {reason}</translation>
    </message>
    <message>
        <source>Export chart</source>
        <translation>차트 내보내기</translation>
    </message>
    <message>
        <source>PNG image (*.png)</source>
        <translation>PNG 이미지 (*.png)</translation>
    </message>
    <message>
        <source>Cannot write {path}</source>
        <translation>{path}에 쓸 수 없습니다</translation>
    </message>
    <message>
        <source>Saved {name} in {folder}.</source>
        <translation>{folder}에 {name}을(를) 저장했습니다.</translation>
    </message>
</context>
</TS>
