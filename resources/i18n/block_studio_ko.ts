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
    <name>ActivationStats</name>
    <message>
        <source>min {minimum:.4g}   max {maximum:.4g}   mean {mean:.4g}   std {std:.4g}   zeros {zeros:.1%}</source>
        <translation>최솟값 {minimum:.4g}   최댓값 {maximum:.4g}   평균 {mean:.4g}   표준편차 {std:.4g}   0의 비율 {zeros:.1%}</translation>
    </message>
    <message>
        <source>the sample</source>
        <translation>그 샘플</translation>
    </message>
    <message>
        <source>all {count} samples</source>
        <translation>샘플 {count}개 모두</translation>
    </message>
    <message>
        <source>dead channels: {dead} of {total} (zero everywhere for {samples})</source>
        <translation>죽은 채널: {total}개 중 {dead}개 ({samples}에서 모든 위치가 0)</translation>
    </message>
    <message>
        <source>dead features: {dead} of {total} (zero everywhere for {samples})</source>
        <translation>죽은 특징: {total}개 중 {dead}개 ({samples}에서 모든 위치가 0)</translation>
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
        <source>{title}, {origin}</source>
        <translation>{title}, {origin}</translation>
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
    <name>Analysis</name>
    <message>
        <source>step {number} {kind}: {message}</source>
        <translation>{number}단계 {kind}: {message}</translation>
    </message>
    <message>
        <source>layer {number} {kind}: {message}</source>
        <translation>{number}번 레이어 {kind}: {message}</translation>
    </message>
    <message>
        <source>input shape must be 2 numbers (N, F) or 4 numbers (N, C, H, W)</source>
        <translation>입력 모양은 숫자 2개 (N, F) 또는 4개 (N, C, H, W)여야 합니다</translation>
    </message>
    <message>
        <source>F (features)</source>
        <translation>F (특징)</translation>
    </message>
    <message>
        <source>C (channels)</source>
        <translation>C (채널)</translation>
    </message>
    <message>
        <source>input shape {label} must be a whole number from 1 to {high}, got {value!r}</source>
        <translation>입력 모양의 {label}은(는) 1부터 {high}까지의 정수여야 하는데 {value!r}입니다</translation>
    </message>
    <message>
        <source>N (batch)</source>
        <translation>N (배치)</translation>
    </message>
    <message>
        <source>the input alone needs {need} of memory; Block Studio allows {limit}</source>
        <translation>입력만으로도 메모리가 {need} 필요합니다. Block Studio는 {limit}까지 허용합니다</translation>
    </message>
    <message>
        <source>with this {kind} the block needs {need} for weights and activations; Block Studio allows {limit}</source>
        <translation>이 {kind}까지 더하면 블록의 가중치와 활성화에 {need}이(가) 필요합니다. Block Studio는 {limit}까지 허용합니다</translation>
    </message>
    <message>
        <source>argument name {argument!r} is already an attribute of the class</source>
        <translation>인자 이름 {argument!r}은(는) 이미 클래스의 속성입니다</translation>
    </message>
    <message>
        <source>argument name {argument!r} is the class name</source>
        <translation>인자 이름 {argument!r}이(가) 클래스 이름과 같습니다</translation>
    </message>
    <message>
        <source>argument {argument!r} is shared with {where}, but its value there is {other!r} and here {value!r}</source>
        <translation>인자 {argument!r}은(는) {where}와(과) 함께 쓰는데, 그쪽 값은 {other!r}이고 여기 값은 {value!r}입니다</translation>
    </message>
    <message>
        <source>layer {number}</source>
        <translation>{number}번 레이어</translation>
    </message>
    <message>
        <source>two modules are named {name!r}: the second would replace the first</source>
        <translation>두 모듈의 이름이 {name!r}(으)로 같습니다: 두 번째가 첫 번째를 덮어쓰게 됩니다</translation>
    </message>
    <message>
        <source>name in {container}</source>
        <translation>{container} 안의 이름</translation>
    </message>
    <message>
        <source>{container} holds two modules named {name!r}</source>
        <translation>{container}에 이름이 {name!r}인 모듈이 둘 있습니다</translation>
    </message>
    <message>
        <source>module {name} ({kind}) is registered but no step calls it, so its {size} cannot be inferred: call it in forward or remove it</source>
        <translation>모듈 {name} ({kind})은(는) 등록되었지만 호출하는 단계가 없어서 {size}을(를) 추론할 수 없습니다. forward에서 호출하거나 삭제하세요</translation>
    </message>
    <message>
        <source>module {name} ({kind}): {problem}</source>
        <translation>모듈 {name} ({kind}): {problem}</translation>
    </message>
</context>
<context>
    <name>AppArguments</name>
    <message>
        <source>{message} (see: python main.py --help)</source>
        <translation>{message} (참고: python main.py --help)</translation>
    </message>
    <message>
        <source>Open Block Studio, optionally on a project file.</source>
        <translation>Block Studio를 엽니다. 프로젝트 파일을 함께 열 수도 있습니다.</translation>
    </message>
    <message>
        <source>a Block Studio project file to open</source>
        <translation>열 Block Studio 프로젝트 파일</translation>
    </message>
    <message>
        <source>expected at most one project file, got {count}: {files}</source>
        <translation>프로젝트 파일은 하나까지만 열 수 있는데 {count}개를 받았습니다: {files}</translation>
    </message>
    <message>
        <source>the project file name is empty</source>
        <translation>프로젝트 파일 이름이 비어 있습니다</translation>
    </message>
</context>
<context>
    <name>Autosaver</name>
    <message>
        <source>cannot create {folder}: {error}</source>
        <translation>{folder}을(를) 만들 수 없습니다: {error}</translation>
    </message>
    <message>
        <source>cannot write in {folder}</source>
        <translation>{folder}에 쓸 수 없습니다</translation>
    </message>
</context>
<context>
    <name>BatchNormDemo</name>
    <message>
        <source>(a smaller input of {shape} is used to keep the demonstration instant)</source>
        <translation>(시연이 바로 끝나도록 더 작은 입력 {shape}를 씁니다)</translation>
    </message>
    <message>
        <source>(batch 2: train mode needs more than one value per channel)</source>
        <translation>(배치 크기 2: 학습 모드에는 채널마다 값이 둘 이상 있어야 합니다)</translation>
    </message>
    <message>
        <source>track_running_stats is off: eval mode also normalises with the batch statistics, so both outputs agree.</source>
        <translation>track_running_stats가 꺼져 있습니다. 평가 모드도 배치 통계로 정규화하므로 두 출력이 같습니다.</translation>
    </message>
    <message>
        <source>Eval mode normalises with the running statistics (still 0 and 1 here), so the output keeps the input&apos;s mean and spread; train mode uses this batch&apos;s own mean and variance, giving mean 0 and std 1, and nudges the running statistics towards the batch ones. Only train mode moves them.</source>
        <translation>평가 모드는 이동 통계 (여기서는 아직 0과 1)로 정규화하므로 출력이 입력의 평균과 퍼짐을 그대로 유지합니다. 학습 모드는 이 배치 자신의 평균과 분산을 써서 평균 0, 표준편차 1인 출력을 내고, 이동 통계를 배치 통계 쪽으로 조금 옮깁니다. 이동 통계를 바꾸는 것은 학습 모드뿐입니다.</translation>
    </message>
    <message>
        <source>One input {shape} through the same BatchNorm2d: first eval mode, then train mode.</source>
        <translation>입력 하나 {shape}를 같은 배치 정규화 (BatchNorm2d) 레이어에 통과시킵니다. 먼저 평가 모드 (eval), 그다음 학습 모드 (train)입니다.</translation>
    </message>
    <message>
        <source>input: batch mean per channel {mean}; variance {var}</source>
        <translation>입력: 채널별 배치 평균 {mean}; 분산 {var}</translation>
    </message>
    <message>
        <source>eval  output: mean {mean}; std {std}</source>
        <translation>평가 모드 출력: 평균 {mean}; 표준편차 {std}</translation>
    </message>
    <message>
        <source>train output: mean {mean}; std {std}</source>
        <translation>학습 모드 출력: 평균 {mean}; 표준편차 {std}</translation>
    </message>
    <message>
        <source>largest difference between the two outputs: {difference}</source>
        <translation>두 출력의 가장 큰 차이: {difference}</translation>
    </message>
    <message>
        <source>running_mean: before {before}; after eval {after_eval}; after train {after_train}</source>
        <translation>running_mean (이동 평균): 처음 {before}; 평가 모드 뒤 {after_eval}; 학습 모드 뒤 {after_train}</translation>
    </message>
    <message>
        <source>running_var: before {before}; after train {after_train}</source>
        <translation>running_var (이동 분산): 처음 {before}; 학습 모드 뒤 {after_train}</translation>
    </message>
    <message>
        <source>num_batches_tracked: {before} -&gt; {after_eval} (eval) -&gt; {after_train} (train)</source>
        <translation>num_batches_tracked (지금까지 본 배치 수): {before} -&gt; {after_eval} (평가 모드) -&gt; {after_train} (학습 모드)</translation>
    </message>
</context>
<context>
    <name>Block</name>
    <message>
        <source>omitted (teaching: instantiation fails)</source>
        <translation>생략 (학습용 예시: 인스턴스 생성이 실패합니다)</translation>
    </message>
    <message>
        <source>input shape must be 2 numbers (N, F) or 4 numbers (N, C, H, W), not {value!r}</source>
        <translation>입력 모양은 숫자 2개 (N, F) 또는 4개 (N, C, H, W)여야 하는데 {value!r}입니다</translation>
    </message>
</context>
<context>
    <name>BlockCommand</name>
    <message>
        <source>class name</source>
        <translation>클래스 이름</translation>
    </message>
    <message>
        <source>input shape</source>
        <translation>입력 모양</translation>
    </message>
    <message>
        <source>super call</source>
        <translation>super 호출</translation>
    </message>
    <message>
        <source>container style</source>
        <translation>컨테이너 방식</translation>
    </message>
    <message>
        <source>container name</source>
        <translation>컨테이너 이름</translation>
    </message>
    <message>
        <source>Add {kinds}</source>
        <translation>{kinds} 추가</translation>
    </message>
    <message>
        <source>Duplicate {kinds}</source>
        <translation>{kinds} 복제</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>추가</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>삭제</translation>
    </message>
    <message>
        <source>Duplicate</source>
        <translation>복제</translation>
    </message>
    <message>
        <source>{count} layers</source>
        <translation>레이어 {count}개</translation>
    </message>
    <message>
        <source>Delete {kinds}</source>
        <translation>{kinds} 삭제</translation>
    </message>
    <message>
        <source>Move layer</source>
        <translation>레이어 이동</translation>
    </message>
    <message>
        <source>Move layers</source>
        <translation>레이어 이동</translation>
    </message>
    <message>
        <source>Set {kind} {name}</source>
        <translation>{kind} {name} 설정</translation>
    </message>
    <message>
        <source>Make {param} a fixed value</source>
        <translation>{param}을(를) 고정값으로 바꾸기</translation>
    </message>
    <message>
        <source>Make {param} an __init__ argument</source>
        <translation>{param}을(를) __init__ 인자로 바꾸기</translation>
    </message>
    <message>
        <source>Rename argument {old} to {new}</source>
        <translation>인자 이름 바꾸기: {old} → {new}</translation>
    </message>
    <message>
        <source>Set {option}</source>
        <translation>{option} 설정</translation>
    </message>
</context>
<context>
    <name>BlockDocument</name>
    <message>
        <source>Untitled</source>
        <translation>제목 없음</translation>
    </message>
    <message>
        <source>{verb}: {message}</source>
        <translation>{verb}: {message}</translation>
    </message>
    <message>
        <source>Wrap in Residual: select a run of consecutive cards first</source>
        <translation>잔차로 감싸기: 먼저 이어진 카드들을 선택해야 합니다</translation>
    </message>
    <message>
        <source>Wrap in Residual: {error}</source>
        <translation>잔차로 감싸기: {error}</translation>
    </message>
    <message>
        <source>Fix: add a 1x1 Conv2d + BatchNorm2d on the skip path</source>
        <translation>고치기: 건너뛰는 경로에 1x1 합성곱 (Conv2d) + 배치 정규화 (BatchNorm2d) 추가</translation>
    </message>
</context>
<context>
    <name>BlockSettingsForm</name>
    <message>
        <source>one nn.Sequential</source>
        <translation>nn.Sequential 하나</translation>
    </message>
    <message>
        <source>one attribute per layer</source>
        <translation>레이어마다 속성 하나</translation>
    </message>
    <message>
        <source>an nn.ModuleList, looped over</source>
        <translation>nn.ModuleList (forward에서 반복)</translation>
    </message>
    <message>
        <source>a plain Python list (lesson: not registered)</source>
        <translation>일반 Python 리스트 (수업용: 등록되지 않음)</translation>
    </message>
    <message>
        <source>omitted (teaching: instantiation fails)</source>
        <translation>생략 (수업용: 인스턴스를 만들 때 실패)</translation>
    </message>
    <message>
        <source>batch size</source>
        <translation>배치 크기</translation>
    </message>
    <message>
        <source>channels</source>
        <translation>채널</translation>
    </message>
    <message>
        <source>height</source>
        <translation>높이</translation>
    </message>
    <message>
        <source>width</source>
        <translation>너비</translation>
    </message>
    <message>
        <source>features per sample</source>
        <translation>샘플당 특징 수</translation>
    </message>
    <message>
        <source>image (N, C, H, W)</source>
        <translation>이미지 (N, C, H, W)</translation>
    </message>
    <message>
        <source>features (N, F)</source>
        <translation>특징 벡터 (N, F)</translation>
    </message>
    <message>
        <source>Input N, C, H, W</source>
        <translation>입력 N, C, H, W</translation>
    </message>
    <message>
        <source>Input N, F</source>
        <translation>입력 N, F</translation>
    </message>
    <message>
        <source>class name</source>
        <translation>클래스 이름</translation>
    </message>
    <message>
        <source>container name</source>
        <translation>컨테이너 이름</translation>
    </message>
    <message>
        <source>&lt;b&gt;Block settings&lt;/b&gt;</source>
        <translation>&lt;b&gt;블록 설정&lt;/b&gt;</translation>
    </message>
    <message>
        <source>The generated class. Select a layer to edit its parameters.</source>
        <translation>생성되는 클래스입니다. 레이어를 선택하면 그 레이어의 매개변수를 편집할 수 있습니다.</translation>
    </message>
    <message>
        <source>Class name</source>
        <translation>클래스 이름</translation>
    </message>
    <message>
        <source>Super call</source>
        <translation>super 호출</translation>
    </message>
    <message>
        <source>Layers as</source>
        <translation>레이어 담는 방식</translation>
    </message>
    <message>
        <source>Container name</source>
        <translation>컨테이너 이름</translation>
    </message>
    <message>
        <source>Input is</source>
        <translation>입력 종류</translation>
    </message>
    <message>
        <source>nn.Module.__init__ creates the dicts that register layers; without it, assigning a layer fails</source>
        <translation>nn.Module.__init__은 레이어를 등록할 딕셔너리를 만듭니다. 이 호출이 없으면 레이어를 대입할 때 실패합니다</translation>
    </message>
    <message>
        <source>image: a batch of N pictures with C channels of H x W pixels, for Conv2d, pooling and BatchNorm2d; features: a batch of N vectors of F numbers, for Linear (like LR in the lesson)</source>
        <translation>이미지: H x W 픽셀, 채널 C개짜리 그림 N장의 배치로, 합성곱 (Conv2d), 풀링, 배치 정규화 (BatchNorm2d)에 씁니다. 특징 벡터: 숫자 F개짜리 벡터 N개의 배치로, 선형 레이어 (Linear)에 씁니다 (수업의 LR처럼)</translation>
    </message>
</context>
<context>
    <name>BlockView</name>
    <message>
        <source>&amp;Delete Layer</source>
        <translation>레이어 삭제(&amp;D)</translation>
    </message>
    <message>
        <source>D&amp;uplicate Layer</source>
        <translation>레이어 복제(&amp;U)</translation>
    </message>
    <message>
        <source>Move Layer &amp;Up</source>
        <translation>레이어 위로 이동(&amp;U)</translation>
    </message>
    <message>
        <source>Move Layer Do&amp;wn</source>
        <translation>레이어 아래로 이동(&amp;W)</translation>
    </message>
    <message>
        <source>Select &amp;All Layers</source>
        <translation>모든 레이어 선택(&amp;A)</translation>
    </message>
    <message>
        <source>Wrap in &amp;Residual</source>
        <translation>잔차로 감싸기(&amp;R)</translation>
    </message>
    <message>
        <source>identity = x before the selected cards, out = out + identity after them</source>
        <translation>선택한 카드 앞에 identity = x를, 뒤에 out = out + identity를 넣습니다</translation>
    </message>
    <message>
        <source>The block is empty.

Drag layers here from the palette,
or double-click one.</source>
        <translation>블록이 비어 있습니다.

팔레트에서 레이어를 여기로 끌어다 놓거나
팔레트의 레이어를 두 번 클릭하면 추가됩니다.</translation>
    </message>
</context>
<context>
    <name>Cli</name>
    <message>
        <source>{option} needs a language: {known}</source>
        <translation>{option} 옵션에는 언어가 필요합니다: {known}</translation>
    </message>
    <message>
        <source>{option} {value!r} is not a language Block Studio has; use one of: {known}</source>
        <translation>{option} {value!r}은(는) Block Studio가 지원하는 언어가 아닙니다. 다음 중 하나를 쓰세요: {known}</translation>
    </message>
    <message>
        <source>{message} (see: python main.py {command}--help)</source>
        <translation>{message} (참고: python main.py {command}--help)</translation>
    </message>
    <message>
        <source>Block Studio: build nn.Module blocks and see their code. Without a command, `python main.py [FILE.json]` opens the app.</source>
        <translation>Block Studio: nn.Module 블록을 만들고 그 코드를 봅니다. 명령 없이 `python main.py [FILE.json]`을 실행하면 앱이 열립니다.</translation>
    </message>
    <message>
        <source>print or write the generated Python source</source>
        <translation>생성된 Python 소스를 출력하거나 파일로 씁니다</translation>
    </message>
    <message>
        <source>a Block Studio project file (.json)</source>
        <translation>Block Studio 프로젝트 파일 (.json)</translation>
    </message>
    <message>
        <source>write the source here instead of printing it</source>
        <translation>소스를 화면에 출력하지 않고 이 파일에 씁니다</translation>
    </message>
    <message>
        <source>write the source of an invalid block anyway (with a warning)</source>
        <translation>올바르지 않은 블록이라도 소스를 씁니다 (경고와 함께)</translation>
    </message>
    <message>
        <source>language of the generated docstrings and comments (the code itself stays English; default: en)</source>
        <translation>생성된 코드의 독스트링과 주석 언어 (코드 자체는 영어로 남습니다. 기본값: en)</translation>
    </message>
    <message>
        <source>print the per-layer shape/params/mult-adds table</source>
        <translation>레이어별 모양/매개변수/곱셈-덧셈 표를 출력합니다</translation>
    </message>
    <message>
        <source>machine-readable output</source>
        <translation>기계가 읽기 쉬운 형식(JSON)으로 출력합니다</translation>
    </message>
    <message>
        <source>-o needs a file name, got an empty one</source>
        <translation>-o에는 파일 이름이 필요한데 빈 이름을 받았습니다</translation>
    </message>
    <message>
        <source>{file}: {error} (export --force writes the source anyway)</source>
        <translation>{file}: {error} (export --force로 내보내기를 하면 소스를 그래도 씁니다)</translation>
    </message>
    <message>
        <source>{file}: {error}; the source is written anyway (--force)</source>
        <translation>{file}: {error}; 그래도 소스를 씁니다 (--force)</translation>
    </message>
    <message>
        <source>{path} is a folder; give a file name for -o</source>
        <translation>{path}은(는) 폴더입니다. -o에는 파일 이름을 주세요</translation>
    </message>
    <message>
        <source>{path} is the project file itself; writing the source there would replace it</source>
        <translation>{path}은(는) 프로젝트 파일 자체입니다. 그곳에 소스를 쓰면 프로젝트 파일이 덮어쓰입니다</translation>
    </message>
    <message>
        <source>cannot write {path}: {reason}</source>
        <translation>{path}에 쓸 수 없습니다: {reason}</translation>
    </message>
    <message>
        <source>run the block and time each layer on a device</source>
        <translation>블록을 실행하고 장치에서 각 레이어의 시간을 잽니다</translation>
    </message>
    <message>
        <source>cpu (default), cuda, cuda:N or mps</source>
        <translation>cpu (기본값), cuda, cuda:N 또는 mps</translation>
    </message>
    <message>
        <source>CPU threads (default: torch&apos;s)</source>
        <translation>CPU 스레드 수 (기본값: torch의 설정)</translation>
    </message>
    <message>
        <source>timed runs per layer, at least (10)</source>
        <translation>레이어마다 시간을 재는 실행 횟수의 최솟값 (10)</translation>
    </message>
    <message>
        <source>{flag} must be a whole number, got {text!r}</source>
        <translation>{flag}은(는) 정수여야 하는데 {text!r}을(를) 받았습니다</translation>
    </message>
    <message>
        <source>{flag} must be from 1 to {high:,} (the most it allows), got {value:,}</source>
        <translation>{flag}은(는) 1부터 {high:,}(허용되는 최댓값)까지여야 하는데 {value:,}을(를) 받았습니다</translation>
    </message>
</context>
<context>
    <name>CliErrors</name>
    <message>
        <source>unknown problem</source>
        <translation>알 수 없는 문제</translation>
    </message>
    <message>
        <source>interrupted (Ctrl+C)</source>
        <translation>중단되었습니다 (Ctrl+C)</translation>
    </message>
    <message>
        <source>the input is nested too deeply to read</source>
        <translation>입력이 너무 깊게 중첩되어 읽을 수 없습니다</translation>
    </message>
    <message>
        <source>out of memory reading the input</source>
        <translation>입력을 읽다가 메모리가 부족해졌습니다</translation>
    </message>
    <message>
        <source>a number in the input has more than 4,300 digits; no layer size is that large</source>
        <translation>입력의 어떤 수가 4,300자리를 넘습니다. 그렇게 큰 레이어 크기는 없습니다</translation>
    </message>
    <message>
        <source>internal error, please report it: {type}: {problem}</source>
        <translation>내부 오류입니다. 알려 주세요: {type}: {problem}</translation>
    </message>
    <message>
        <source>cannot write the output: {reason}</source>
        <translation>출력을 쓸 수 없습니다: {reason}</translation>
    </message>
    <message>
        <source>standard output is closed (write to a file with -o)</source>
        <translation>표준 출력이 닫혀 있습니다 (-o로 파일에 쓰세요)</translation>
    </message>
</context>
<context>
    <name>CodeView</name>
    <message>
        <source>Copy</source>
        <translation>복사</translation>
    </message>
    <message>
        <source>Copy the generated source to the clipboard</source>
        <translation>생성된 소스를 클립보드에 복사합니다</translation>
    </message>
    <message>
        <source># The code cannot be generated:
# {error}
</source>
        <translation># 코드를 생성할 수 없습니다:
# {error}
</translation>
    </message>
    <message>
        <source>&lt;b&gt;{class_name}&lt;/b&gt; &amp;nbsp;generated source</source>
        <translation>&lt;b&gt;{class_name}&lt;/b&gt; &amp;nbsp;생성된 소스</translation>
    </message>
</context>
<context>
    <name>Codegen</name>
    <message>
        <source>module {name}</source>
        <translation>모듈 {name}</translation>
    </message>
    <message>
        <source>step {number} {kind}</source>
        <translation>{number}단계 {kind}</translation>
    </message>
    <message>
        <source>{where}: a {target} step holds exactly one parameter, shape</source>
        <translation>{where}: {target} 단계에는 매개변수가 shape(모양) 하나뿐이어야 합니다</translation>
    </message>
    <message>
        <source>{where} {kind}: no parameter {param!r} to promote</source>
        <translation>{where} {kind}: 인자로 올릴 매개변수 {param!r}이(가) 없습니다</translation>
    </message>
    <message>
        <source>step {number} calls self.{target}, which is not registered</source>
        <translation>{number}단계가 self.{target}을(를) 호출하지만 등록되지 않았습니다</translation>
    </message>
    <message>
        <source>the source defines no class {name}</source>
        <translation>소스에 {name} 클래스가 정의되어 있지 않습니다</translation>
    </message>
    <message>
        <source>{value} is not a usable parameter value</source>
        <translation>{value}은(는) 쓸 수 있는 매개변수 값이 아닙니다</translation>
    </message>
    <message>
        <source>layer {number} {kind}</source>
        <translation>{number}번 레이어 {kind}</translation>
    </message>
    <message>
        <source>{where}: no parameter {param!r}</source>
        <translation>{where}: {param!r} 매개변수가 없습니다</translation>
    </message>
</context>
<context>
    <name>ConfusionTable</name>
    <message>
        <source>true {name}</source>
        <translation>실제 {name}</translation>
    </message>
    <message>
        <source>as {name}</source>
        <translation>예측 {name}</translation>
    </message>
</context>
<context>
    <name>Datasets</name>
    <message>
        <source>Shapes (built in)</source>
        <translation>Shapes: 도형 모양 (내장)</translation>
    </message>
    <message>
        <source>A folder of images (one subfolder per class)</source>
        <translation>이미지 폴더 (클래스마다 하위 폴더 하나)</translation>
    </message>
    <message>
        <source> from {path}</source>
        <translation> ({path}에서)</translation>
    </message>
    <message>
        <source>{label}{where}, {train} + {val} images</source>
        <translation>{label}{where}, 이미지 {train} + {val}개</translation>
    </message>
    <message>
        <source>dataset {kind} is not one of {kinds}</source>
        <translation>데이터셋 {kind}은(는) {kinds} 중 하나가 아닙니다</translation>
    </message>
    <message>
        <source>train size</source>
        <translation>학습 이미지 수</translation>
    </message>
    <message>
        <source>val size</source>
        <translation>검증 이미지 수</translation>
    </message>
    <message>
        <source>{what} must be from 1 to {limit}, got {value}</source>
        <translation>{what}는 1에서 {limit} 사이여야 합니다. 받은 값: {value}</translation>
    </message>
    <message>
        <source>image size must be from 4 to {limit} pixels, got {value}</source>
        <translation>이미지 크기는 4에서 {limit} 픽셀 사이여야 합니다. 받은 값: {value}</translation>
    </message>
    <message>
        <source>drawing {count} shapes</source>
        <translation>도형 모양 {count}개를 그리는 중</translation>
    </message>
    <message>
        <source>reading a folder of images needs Pillow, which is not installed here (pip install pillow); the Shapes dataset works without it</source>
        <translation>이미지 폴더를 읽으려면 Pillow가 필요한데 여기에는 설치되어 있지 않습니다 (pip install pillow). Shapes (도형 모양) 데이터셋은 Pillow 없이도 됩니다</translation>
    </message>
    <message>
        <source>reading images: {number} of {total}</source>
        <translation>이미지 읽는 중: {total}개 중 {number}개</translation>
    </message>
    <message>
        <source>{path}: {count} image(s) are too few to train on and validate</source>
        <translation>{path}: 이미지 {count}개로는 학습하고 검증하기에 너무 적습니다</translation>
    </message>
    <message>
        <source>{path}: not a folder; choose a folder with one subfolder per class</source>
        <translation>{path}: 폴더가 아닙니다. 클래스마다 하위 폴더가 하나씩 있는 폴더를 고르세요</translation>
    </message>
    <message>
        <source>(no folder chosen)</source>
        <translation>(고른 폴더 없음)</translation>
    </message>
    <message>
        <source>{path}: a dataset folder needs at least 2 subfolders, one per class, with images in each</source>
        <translation>{path}: 데이터셋 폴더에는 클래스마다 하나씩, 이미지가 든 하위 폴더가 2개 이상 있어야 합니다</translation>
    </message>
    <message>
        <source>{path}: no images ({suffixes}) in this class folder</source>
        <translation>{path}: 이 클래스 폴더에 이미지 ({suffixes})가 없습니다</translation>
    </message>
    <message>
        <source>{path}: {count} images; at most {limit} are loaded into memory</source>
        <translation>{path}: 이미지 {count}개. 메모리에는 최대 {limit}개까지만 읽어 들입니다</translation>
    </message>
    <message>
        <source>{path}: cannot read this image ({error})</source>
        <translation>{path}: 이 이미지를 읽을 수 없습니다 ({error})</translation>
    </message>
    <message>
        <source>training</source>
        <translation>학습</translation>
    </message>
    <message>
        <source>test</source>
        <translation>테스트</translation>
    </message>
    <message>
        <source>loading {name} ({which} images) into {path}</source>
        <translation>{name} ({which} 이미지)를 {path}에 불러오는 중</translation>
    </message>
    <message>
        <source>cannot download {name} into {path}: {reason}; connect to the internet once, or use Shapes or a folder of images</source>
        <translation>{name}을(를) {path}에 내려받을 수 없습니다: {reason}. 한 번 인터넷에 연결하거나, Shapes (도형 모양) 또는 이미지 폴더를 쓰세요</translation>
    </message>
    <message>
        <source>{name} in {path} is missing or damaged: {error}</source>
        <translation>{path}의 {name}이(가) 없거나 손상되었습니다: {error}</translation>
    </message>
    <message>
        <source>torchvision is not installed</source>
        <translation>torchvision이 설치되어 있지 않습니다</translation>
    </message>
    <message>
        <source>torchvision does not import beside torch {version} ({error})</source>
        <translation>torchvision을 torch {version}과 함께 불러올 수 없습니다 ({error})</translation>
    </message>
    <message>
        <source>{name} comes through torchvision, but {reason}. Install the torchvision release made for torch {version} (pip install torchvision --index-url https://download.pytorch.org/whl/cpu), or use Shapes or a folder of images</source>
        <translation>{name}은(는) torchvision을 통해 받는데, {reason}. torch {version}에 맞춘 torchvision 릴리스를 설치하거나 (pip install torchvision --index-url https://download.pytorch.org/whl/cpu), Shapes (도형 모양) 또는 이미지 폴더를 쓰세요</translation>
    </message>
</context>
<context>
    <name>Devices</name>
    <message>
        <source>dtype {name!r} is not one of {names}</source>
        <translation>dtype {name!r}은(는) {names} 중 하나가 아닙니다</translation>
    </message>
    <message>
        <source>device {device!r} is not one of cpu, cuda, cuda:N, mps</source>
        <translation>장치 {device!r}은(는) cpu, cuda, cuda:N, mps 중 하나가 아닙니다</translation>
    </message>
    <message>
        <source>this torch build has no CUDA support</source>
        <translation>이 torch 빌드는 CUDA를 지원하지 않습니다</translation>
    </message>
    <message>
        <source>torch finds no CUDA device or driver</source>
        <translation>torch가 CUDA 장치나 드라이버를 찾지 못합니다</translation>
    </message>
    <message>
        <source>there are {count} CUDA device(s), numbered from 0</source>
        <translation>CUDA 장치가 {count}개 있고, 번호는 0부터 시작합니다</translation>
    </message>
    <message>
        <source>device {device} is not available: {why} (available: {have})</source>
        <translation>장치 {device}을(를) 쓸 수 없습니다: {why} (쓸 수 있는 장치: {have})</translation>
    </message>
    <message>
        <source>device mps is not available: it needs an Apple-silicon Mac (available: {have})</source>
        <translation>장치 mps를 쓸 수 없습니다: Apple 실리콘 Mac이 필요합니다 (쓸 수 있는 장치: {have})</translation>
    </message>
    <message>
        <source>device {device} is not available (available: {have})</source>
        <translation>장치 {device}을(를) 쓸 수 없습니다 (쓸 수 있는 장치: {have})</translation>
    </message>
    <message>
        <source>{device} does not run {dtype}; choose one of {dtypes}</source>
        <translation>{device}에서는 {dtype}을(를) 실행할 수 없습니다. {dtypes} 중 하나를 고르세요</translation>
    </message>
</context>
<context>
    <name>Examples</name>
    <message>
        <source>ConvBlock (the seed: conv - batchnorm - relu - maxpool)</source>
        <translation>ConvBlock (처음 예제: 합성곱 - 배치 정규화 - ReLU - 최대 풀링)</translation>
    </message>
    <message>
        <source>VGG double conv</source>
        <translation>VGG 이중 합성곱</translation>
    </message>
    <message>
        <source>ResNet stem (conv7 - bn - relu - maxpool)</source>
        <translation>ResNet 스템 (7x7 합성곱 - 배치 정규화 - ReLU - 최대 풀링)</translation>
    </message>
    <message>
        <source>LeNet-5 feature extractor</source>
        <translation>LeNet-5 특징 추출기</translation>
    </message>
    <message>
        <source>ResNet BasicBlock (residual add)</source>
        <translation>ResNet BasicBlock (잔차 덧셈)</translation>
    </message>
    <message>
        <source>ResNet BasicBlock with downsample (stride 2, 1x1 projection)</source>
        <translation>다운샘플이 있는 ResNet BasicBlock (stride 2, 1x1 사영)</translation>
    </message>
    <message>
        <source>ResNet Bottleneck (1x1 - 3x3 - 1x1, residual add)</source>
        <translation>ResNet Bottleneck (1x1 - 3x3 - 1x1, 잔차 덧셈)</translation>
    </message>
    <message>
        <source>DenseNet layer (BN-ReLU-Conv, concatenated to its input)</source>
        <translation>DenseNet 레이어 (BN-ReLU-Conv, 입력에 이어 붙임)</translation>
    </message>
    <message>
        <source>The PyTorch tutorial&apos;s Net (F.relu, F.max_pool2d, torch.flatten)</source>
        <translation>PyTorch 튜토리얼의 Net (F.relu, F.max_pool2d, torch.flatten)</translation>
    </message>
</context>
<context>
    <name>Exports</name>
    <message>
        <source>{path}: {count} tensors loaded</source>
        <translation>{path}: 텐서 {count}개를 불러왔습니다</translation>
    </message>
    <message>
        <source>missing (left as initialised)</source>
        <translation>빠짐 (초기값 그대로 둠)</translation>
    </message>
    <message>
        <source>unexpected (ignored)</source>
        <translation>예상 밖 (무시함)</translation>
    </message>
    <message>
        <source>wrong shape (not loaded)</source>
        <translation>모양이 다름 (불러오지 않음)</translation>
    </message>
    <message>
        <source>cannot write {path}: {error}</source>
        <translation>{path}에 쓸 수 없습니다: {error}</translation>
    </message>
    <message>
        <source>{path}: no such file</source>
        <translation>{path}: 그런 파일이 없습니다</translation>
    </message>
    <message>
        <source>{path}: not a readable weights file ({error})</source>
        <translation>{path}: 읽을 수 있는 가중치 파일이 아닙니다 ({error})</translation>
    </message>
    <message>
        <source>{path}: holds no state_dict (a dict of name -&gt; tensor)</source>
        <translation>{path}: state_dict (이름 -&gt; 텐서 사전)가 들어 있지 않습니다</translation>
    </message>
    <message>
        <source>TorchScript cannot compile this model: {error}</source>
        <translation>TorchScript가 이 모델을 컴파일할 수 없습니다: {error}</translation>
    </message>
    <message>
        <source>{path}: the reloaded TorchScript model differs from the original by {difference}</source>
        <translation>{path}: 다시 불러온 TorchScript 모델이 원래 모델과 {difference}만큼 다릅니다</translation>
    </message>
    <message>
        <source>ONNX export needs the optional onnx package: pip install &apos;block-studio[onnx]&apos;</source>
        <translation>ONNX 내보내기에는 Block Studio의 선택 패키지 onnx가 필요합니다: pip install &apos;block-studio[onnx]&apos;</translation>
    </message>
    <message>
        <source>ONNX export failed: {error}</source>
        <translation>ONNX 내보내기에 실패했습니다: {error}</translation>
    </message>
    <message>
        <source>{path}: onnxruntime&apos;s output differs from torch&apos;s by {difference}</source>
        <translation>{path}: onnxruntime의 출력이 torch의 출력과 {difference}만큼 다릅니다</translation>
    </message>
</context>
<context>
    <name>FileController</name>
    <message>
        <source>Block Studio project (*.json);;All files (*)</source>
        <translation>Block Studio 프로젝트 (*.json);;모든 파일 (*)</translation>
    </message>
    <message>
        <source>Python source (*.py);;All files (*)</source>
        <translation>Python 소스 (*.py);;모든 파일 (*)</translation>
    </message>
    <message>
        <source>Unsaved changes</source>
        <translation>저장하지 않은 변경 사항</translation>
    </message>
    <message>
        <source>{name} has unsaved changes.
Save them first?</source>
        <translation>{name}에 저장하지 않은 변경 사항이 있습니다.
먼저 저장할까요?</translation>
    </message>
    <message>
        <source>Open block</source>
        <translation>블록 열기</translation>
    </message>
    <message>
        <source>Cannot open file</source>
        <translation>파일을 열 수 없음</translation>
    </message>
    <message>
        <source>Cannot open {name}:

{error}</source>
        <translation>{name}을(를) 열 수 없습니다:

{error}</translation>
    </message>
    <message>
        <source>Save block as</source>
        <translation>다른 이름으로 블록 저장</translation>
    </message>
    <message>
        <source>Cannot save</source>
        <translation>저장할 수 없음</translation>
    </message>
    <message>
        <source>Cannot save {path}:

{error}</source>
        <translation>{path}에 저장할 수 없습니다:

{error}</translation>
    </message>
    <message>
        <source>File changed on disk</source>
        <translation>디스크의 파일이 바뀜</translation>
    </message>
    <message>
        <source>{name} was changed on disk (another window or program saved it) since you opened or saved it here.

Overwrite it with this window&apos;s version?</source>
        <translation>여기서 열거나 저장한 뒤에 디스크의 {name}이(가) 바뀌었습니다 (다른 창이나 프로그램이 저장했습니다).

이 창의 내용으로 덮어쓸까요?</translation>
    </message>
    <message>
        <source>{name} was changed on disk by another window or program.

Reload it?</source>
        <translation>다른 창이나 프로그램이 디스크의 {name}을(를) 바꾸었습니다.

다시 불러올까요?</translation>
    </message>
    <message>
        <source>The code cannot be generated:

{error}</source>
        <translation>코드를 생성할 수 없습니다:

{error}</translation>
    </message>
    <message>
        <source>Cannot export</source>
        <translation>내보내기 실패</translation>
    </message>
    <message>
        <source>Export a block with an error?</source>
        <translation>오류가 있는 블록 내보내기</translation>
    </message>
    <message>
        <source>The block has an error:

{problem}

The exported code will fail when run. Export anyway?</source>
        <translation>블록에 오류가 있습니다:

{problem}

내보내기한 코드는 실행하면 실패합니다. 그래도 내보내기를 할까요?</translation>
    </message>
    <message>
        <source>Export Python</source>
        <translation>Python 내보내기</translation>
    </message>
    <message>
        <source>Cannot write {path}:

{error}</source>
        <translation>{path}에 쓸 수 없습니다:

{error}</translation>
    </message>
    <message>
        <source>Exported {name} to {folder}.</source>
        <translation>내보내기 완료: {folder}에 {name}을(를) 썼습니다.</translation>
    </message>
</context>
<context>
    <name>FlatChain</name>
    <message>
        <source>forward calls self.{name} twice</source>
        <translation>forward가 self.{name}을(를) 두 번 호출합니다</translation>
    </message>
    <message>
        <source>its {kind} weights would be shared; a block uses each weighted layer once</source>
        <translation>그러면 {kind}의 가중치를 함께 쓰게 됩니다. 블록은 가중치가 있는 레이어를 한 번씩만 씁니다</translation>
    </message>
    <message>
        <source>a flat block reshapes only as x.view(x.size(0), -1) or x.view(-1, features)</source>
        <translation>평평한 블록은 x.view(x.size(0), -1) 또는 x.view(-1, features) 형태로만 모양을 바꿉니다</translation>
    </message>
    <message>
        <source>{call} (line {line}) -&gt; {kind}</source>
        <translation>{call}({line}번 줄) -&gt; {kind}</translation>
    </message>
    <message>
        <source>residual add `{code}` in forward</source>
        <translation>forward의 잔차 덧셈 `{code}`</translation>
    </message>
    <message>
        <source>concatenation `{code}` in forward</source>
        <translation>forward의 이어 붙이기 `{code}`</translation>
    </message>
    <message>
        <source>a flat block is one chain of layers</source>
        <translation>평평한 블록은 레이어가 한 줄로 이어진 사슬입니다</translation>
    </message>
    <message>
        <source>it reads an earlier value, not the one the line before computed; a flat block is one chain</source>
        <translation>바로 앞 줄이 계산한 값이 아니라 그보다 이전의 값을 읽습니다. 평평한 블록은 한 줄로 이어진 사슬입니다</translation>
    </message>
    <message>
        <source>forward does not return the value its last line computed</source>
        <translation>forward가 마지막 줄에서 계산한 값을 반환하지 않습니다</translation>
    </message>
    <message>
        <source>the layers of {names} are registered one by one</source>
        <translation>{names}의 레이어를 하나씩 따로 등록합니다</translation>
    </message>
    <message>
        <source>state_dict keys change (their shapes and order do not)</source>
        <translation>state_dict의 키 이름이 바뀝니다 (모양과 순서는 그대로입니다)</translation>
    </message>
    <message>
        <source>the OrderedDict names in self.{name} are not kept</source>
        <translation>self.{name}의 OrderedDict 이름은 유지되지 않습니다</translation>
    </message>
    <message>
        <source>self.{name} = nn.Sequential() passes its input through and is left out</source>
        <translation>self.{name} = nn.Sequential()은 입력을 그대로 내보내므로 빼 둡니다</translation>
    </message>
    <message>
        <source>forward calls self.{name} {count} times; each call becomes its own layer</source>
        <translation>forward가 self.{name}을(를) {count}번 호출합니다. 호출마다 별도의 레이어가 됩니다</translation>
    </message>
    <message>
        <source>functional calls become layers: {calls}</source>
        <translation>함수형 호출은 레이어가 됩니다: {calls}</translation>
    </message>
    <message>
        <source>layers are registered in the order forward calls them</source>
        <translation>레이어는 forward가 호출하는 순서대로 등록됩니다</translation>
    </message>
    <message>
        <source>__init__ order: {names}</source>
        <translation>__init__의 순서: {names}</translation>
    </message>
    <message>
        <source>`{code}` in forward</source>
        <translation>forward의 `{code}`</translation>
    </message>
    <message>
        <source>self.{name} is built but forward never calls it</source>
        <translation>self.{name}을(를) 만들었지만 forward가 한 번도 호출하지 않습니다</translation>
    </message>
    <message>
        <source>forward applies {count} layers; a block holds at most {most}</source>
        <translation>forward가 레이어 {count}개를 적용합니다. 블록에는 최대 {most}개까지 담을 수 있습니다</translation>
    </message>
    <message>
        <source>argument {name} is not used by any layer and is not kept</source>
        <translation>인수 {name}은(는) 어떤 레이어에도 쓰이지 않으므로 유지되지 않습니다</translation>
    </message>
    <message>
        <source>argument {name} is not kept: its value {value} is built into the layers</source>
        <translation>인수 {name}은(는) 유지되지 않습니다: 그 값 {value}이(가) 레이어에 직접 들어갑니다</translation>
    </message>
    <message>
        <source>__init__ never calls super().__init__(): instantiating it fails (teaching mode)</source>
        <translation>__init__이 super().__init__()을 호출하지 않습니다: 인스턴스를 만들면 실패합니다 (교육 모드)</translation>
    </message>
    <message>
        <source> and {count} more</source>
        <translation> 외 {count}개</translation>
    </message>
    <message>
        <source>layer attributes are renamed: {names}{more}</source>
        <translation>레이어 속성 이름이 바뀝니다: {names}{more}</translation>
    </message>
    <message>
        <source>`{code}` at line {line}</source>
        <translation>{line}번 줄의 `{code}`</translation>
    </message>
    <message>
        <source>its input {shape} holds {have} values per sample, not {wanted}</source>
        <translation>입력 {shape}에는 샘플마다 값이 {wanted}개가 아니라 {have}개 있습니다</translation>
    </message>
    <message>
        <source>{kind} {param} is {value}</source>
        <translation>{kind}의 {param}이(가) {value}입니다</translation>
    </message>
    <message>
        <source>its input {shape} has {size} there</source>
        <translation>입력 {shape}의 해당 자리는 {size}입니다</translation>
    </message>
    <message>
        <source>the layer&apos;s input</source>
        <translation>레이어의 입력</translation>
    </message>
    <message>
        <source>the input shape {shape}: {size}</source>
        <translation>입력 모양 {shape}: {size}</translation>
    </message>
    <message>
        <source>the layer&apos;s input {shape}: {size}</source>
        <translation>레이어의 입력 {shape}: {size}</translation>
    </message>
    <message>
        <source>no call in the file gives it a value; it only sets {kind} {param} (line {line}), so it is not kept and Block Studio takes that size from {source}</source>
        <translation>파일의 어떤 호출도 값을 주지 않습니다. 이 인수는 {kind}의 {param}({line}번 줄)만 정하므로 유지되지 않으며, Block Studio는 그 크기를 다음에서 가져와 블록에 씁니다: {source}</translation>
    </message>
</context>
<context>
    <name>Formulas</name>
    <message>
        <source>receptive field {axis}</source>
        <translation>수용 영역 {axis}</translation>
    </message>
    <message>
        <source>effective stride {axis}</source>
        <translation>유효 stride {axis}</translation>
    </message>
    <message>
        <source>parameters</source>
        <translation>매개변수</translation>
    </message>
    <message>
        <source>weight (scale)</source>
        <translation>weight (가중치, 배율)</translation>
    </message>
    <message>
        <source>bias (shift)</source>
        <translation>bias (편향, 이동)</translation>
    </message>
    <message>
        <source>unchanged</source>
        <translation>변화 없음</translation>
    </message>
    <message>
        <source>previous RF + dilation*(kernel_size-1)*previous stride</source>
        <translation>이전 수용 영역 + dilation*(kernel_size-1)*이전 stride</translation>
    </message>
    <message>
        <source>previous stride * stride</source>
        <translation>이전 stride * stride</translation>
    </message>
</context>
<context>
    <name>ForwardLesson</name>
    <message>
        <source>the block registers no Conv2d or Linear: add one to see this lesson</source>
        <translation>블록이 Conv2d나 Linear를 하나도 등록하지 않습니다. 이 수업을 보려면 하나를 추가하세요</translation>
    </message>
    <message>
        <source>{kind} weight on {device}</source>
        <translation>{device} 장치에 있는 {kind} 가중치</translation>
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
    <name>ForwardReader</name>
    <message>
        <source>forward must take exactly one input: forward(self, x)</source>
        <translation>순전파 메서드 (forward)는 입력을 정확히 하나 받아야 합니다: forward(self, x)</translation>
    </message>
    <message>
        <source>forward does not end with a return</source>
        <translation>forward가 return으로 끝나지 않습니다</translation>
    </message>
    <message>
        <source>`{name}` is a tensor computed in forward</source>
        <translation>`{name}`은(는) forward에서 계산되는 텐서입니다</translation>
    </message>
    <message>
        <source>`{code}` after forward&apos;s return</source>
        <translation>forward의 return 뒤에 있는 `{code}`</translation>
    </message>
    <message>
        <source>`{name}` is used before it is assigned</source>
        <translation>`{name}`에 값을 대입하기 전에 사용합니다</translation>
    </message>
    <message>
        <source>its test is not fixed by __init__: {reason}</source>
        <translation>조건이 __init__에서 정해지지 않습니다: {reason}</translation>
    </message>
    <message>
        <source>`{code}` in forward runs: its test is {value}</source>
        <translation>forward의 `{code}`을(를) 실행합니다: 조건이 {value}입니다</translation>
    </message>
    <message>
        <source>`{code}` in forward is skipped: its test is {value}</source>
        <translation>forward의 `{code}`을(를) 건너뜁니다: 조건이 {value}입니다</translation>
    </message>
    <message>
        <source>unsupported statement `{code}` in forward</source>
        <translation>forward의 `{code}`은(는) 지원하지 않는 문장입니다</translation>
    </message>
    <message>
        <source>forward may assign, add to and return values computed by layers and torch functions</source>
        <translation>forward에서는 레이어와 torch 함수가 계산한 값을 대입하고, 더하고, 반환할 수 있습니다</translation>
    </message>
    <message>
        <source>forward has more than {count} operations</source>
        <translation>forward의 연산이 {count}개를 넘습니다</translation>
    </message>
    <message>
        <source>`{name}` in forward is not its input or a value computed before</source>
        <translation>forward의 `{name}`은(는) 입력도 아니고 앞에서 계산한 값도 아닙니다</translation>
    </message>
    <message>
        <source>forward calls self.{name}, which __init__ does not build</source>
        <translation>forward가 self.{name}을(를) 호출하지만 __init__은 이것을 만들지 않습니다</translation>
    </message>
    <message>
        <source>a module is called with one input</source>
        <translation>모듈은 입력 하나로 호출합니다</translation>
    </message>
    <message>
        <source>`{code}` in forward has no input</source>
        <translation>forward의 `{code}`에 입력이 없습니다</translation>
    </message>
    <message>
        <source>Block Studio has no {kind} yet</source>
        <translation>Block Studio의 블록에는 아직 {kind}이(가) 없습니다</translation>
    </message>
    <message>
        <source>`{code}` in forward has too many arguments</source>
        <translation>forward의 `{code}`에 인수가 너무 많습니다</translation>
    </message>
    <message>
        <source>argument {name} is not read</source>
        <translation>인수 {name}은(는) 읽지 않습니다</translation>
    </message>
    <message>
        <source>`{code}` drops values with training={value}</source>
        <translation>`{code}`은(는) 학습 여부를 training={value}로 정해 값을 버립니다</translation>
    </message>
    <message>
        <source>{param}={value} is not supported</source>
        <translation>{param}={value}은(는) 지원하지 않습니다</translation>
    </message>
    <message>
        <source>`{code}` drops values in eval mode too (F.dropout&apos;s training is True by default)</source>
        <translation>`{code}`은(는) 평가 모드에서도 값을 버립니다 (F.dropout의 training(학습 여부)은 기본값이 True입니다)</translation>
    </message>
    <message>
        <source>the imported nn.Dropout drops only in train mode</source>
        <translation>가져온 nn.Dropout은 학습 모드에서만 값을 버립니다</translation>
    </message>
    <message>
        <source>`{code}` is written torch.flatten({tensor}, 1)</source>
        <translation>`{code}`은(는) torch.flatten({tensor}, 1)로 바꿔 씁니다</translation>
    </message>
    <message>
        <source>{method} multiplies the sizes after the batch: the same values</source>
        <translation>{method}은(는) 배치 뒤의 크기들을 모두 곱하므로 값이 같습니다</translation>
    </message>
    <message>
        <source>each size must be a constant or {tensor}.size(i)</source>
        <translation>각 크기는 상수이거나 {tensor}.size(i)여야 합니다</translation>
    </message>
    <message>
        <source>give the new shape&apos;s sizes</source>
        <translation>새 모양의 크기들을 적어 주세요</translation>
    </message>
    <message>
        <source>torch.cat of a literal list of tensors is read</source>
        <translation>이어 붙이기 (torch.cat)는 텐서를 리터럴 리스트로 적은 경우만 읽습니다</translation>
    </message>
    <message>
        <source>its dim is not a constant</source>
        <translation>dim이 상수가 아닙니다</translation>
    </message>
    <message>
        <source>`{code}` in forward</source>
        <translation>forward의 `{code}`</translation>
    </message>
    <message>
        <source>`{code}` in forward: {param}</source>
        <translation>forward의 `{code}`: {param}</translation>
    </message>
    <message>
        <source>`{code}` in forward is not supported</source>
        <translation>forward의 `{code}`은(는) 지원하지 않습니다</translation>
    </message>
</context>
<context>
    <name>GeneratedCode</name>
    <message>
        <source># the mistake: a new, unregistered layer with fresh random weights on every call</source>
        <translation># 실수: 호출할 때마다 새 무작위 가중치를 가진, 등록되지 않은 새 레이어</translation>
    </message>
    <message>
        <source># one number per channel, whatever the image size, then one score per class</source>
        <translation># 이미지 크기와 상관없이 채널마다 숫자 하나로 줄인 다음, 클래스마다 점수 하나를 냅니다</translation>
    </message>
    <message>
        <source># the block already ends in features</source>
        <translation># 블록의 출력이 이미 특징 벡터 (N, F)입니다</translation>
    </message>
    <message>
        <source>{block}, then a head that scores each class.</source>
        <translation>{block} 다음에, 클래스마다 점수를 매기는 헤드를 붙입니다.</translation>
    </message>
    <message>
        <source>nothing</source>
        <translation>아무것도 없음</translation>
    </message>
    <message>
        <source>Registers {names}; forward has {count} step.</source>
        <translation>{names}을(를) 등록합니다. forward는 {count}단계입니다.</translation>
    </message>
    <message>
        <source>Registers {names}; forward has {count} steps.</source>
        <translation>{names}을(를) 등록합니다. forward는 {count}단계입니다.</translation>
    </message>
    <message>
        <source>No layers yet: the input passes through unchanged</source>
        <translation>아직 레이어가 없습니다: 입력이 그대로 지나갑니다</translation>
    </message>
    <message>
        <source>Input ({shape}).</source>
        <translation>입력 ({shape}).</translation>
    </message>
    <message>
        <source>Input ({shape}) -&gt; output ({output}), {count:,} parameters.</source>
        <translation>입력 ({shape}) -&gt; 출력 ({output}), 매개변수 {count:,}개.</translation>
    </message>
</context>
<context>
    <name>GraphAnalysis</name>
    <message>
        <source>{low} to {high}</source>
        <translation>{low}~{high}개</translation>
    </message>
    <message>
        <source>reads {count} value(s), but takes {wanted}</source>
        <translation>값 {count}개를 읽지만, 받는 값은 {wanted}개입니다</translation>
    </message>
    <message>
        <source>reads a value that no earlier step computes (forward runs top to bottom)</source>
        <translation>앞 단계 중 어디에서도 계산하지 않는 값을 읽습니다 (forward는 위에서 아래로 실행됩니다)</translation>
    </message>
    <message>
        <source>calls self.{target}, which __init__ does not register</source>
        <translation>self.{target}을(를) 호출하지만 __init__에서 등록하지 않았습니다</translation>
    </message>
    <message>
        <source>self.{name} was built for {built} input channels by its first call (step {step}), but here gets {size}: one module has one set of weights; register another {kind} for this call</source>
        <translation>self.{name}은(는) 첫 호출({step}단계)에서 입력 채널 {built}개에 맞게 만들어졌는데 여기서는 {size}개를 받습니다. 모듈 하나에는 가중치가 한 벌뿐이니, 이 호출에는 {kind}을(를) 하나 더 등록하세요</translation>
    </message>
    <message>
        <source>self.{name} was built for {built} input features by its first call (step {step}), but here gets {size}: one module has one set of weights; register another {kind} for this call</source>
        <translation>self.{name}은(는) 첫 호출({step}단계)에서 입력 특징 {built}개에 맞게 만들어졌는데 여기서는 {size}개를 받습니다. 모듈 하나에는 가중치가 한 벌뿐이니, 이 호출에는 {kind}을(를) 하나 더 등록하세요</translation>
    </message>
    <message>
        <source>{a} and {b} cannot be added{fix}</source>
        <translation>{a}와(과) {b}은(는) 더할 수 없습니다{fix}</translation>
    </message>
    <message>
        <source>a += b cannot grow a: {a} plus {b} broadcasts to {out}</source>
        <translation>a += b는 a를 키울 수 없습니다: {a}에 {b}을(를) 더하면 {out}(으)로 브로드캐스트됩니다</translation>
    </message>
    <message>
        <source>; the skip path needs a 1x1 Conv2d with stride {stride} and {channels} channels</source>
        <translation>. 건너뛰기 경로에 stride {stride}, 채널 {channels}개의 1x1 합성곱 (Conv2d)이 필요합니다</translation>
    </message>
    <message>
        <source>; the skip path needs a 1x1 Conv2d and {channels} channels</source>
        <translation>. 건너뛰기 경로에 채널 {channels}개의 1x1 합성곱 (Conv2d)이 필요합니다</translation>
    </message>
    <message>
        <source>dim {dim} does not exist in a {rank}-D input {shape}</source>
        <translation>{rank}차원 입력 {shape}에는 dim {dim}이(가) 없습니다</translation>
    </message>
    <message>
        <source>cannot join {a} and {b}: different ranks</source>
        <translation>{a}와(과) {b}을(를) 이어 붙일 수 없습니다: 차원 수가 다릅니다</translation>
    </message>
    <message>
        <source>cannot join {a} and {b} along dim {dim}: dimension {i} differs ({x} and {y}), and only dim {dim} may</source>
        <translation>{a}와(과) {b}을(를) dim {dim} 방향으로 이어 붙일 수 없습니다: {i}번 차원이 다른데 ({x}와(과) {y}), 달라도 되는 것은 dim {dim}뿐입니다</translation>
    </message>
    <message>
        <source>x.size({i}) does not exist in a {rank}-D input {shape}</source>
        <translation>{rank}차원 입력 {shape}에는 x.size({i})가 없습니다</translation>
    </message>
    <message>
        <source>cannot {method} {shape} ({total:,} values) as {wanted}: {total:,} is not a multiple of {known:,}</source>
        <translation>{shape} (값 {total:,}개)를 {wanted}(으)로 {method}할 수 없습니다: {total:,}은(는) {known:,}의 배수가 아닙니다</translation>
    </message>
    <message>
        <source>cannot {method} {shape} ({total:,} values) as {wanted} ({known:,} values)</source>
        <translation>{shape} (값 {total:,}개)를 {wanted} (값 {known:,}개)(으)로 {method}할 수 없습니다</translation>
    </message>
</context>
<context>
    <name>GraphBlock</name>
    <message>
        <source>forward must return the value its last line computes</source>
        <translation>forward는 마지막 줄에서 계산한 값을 반환해야 합니다</translation>
    </message>
    <message>
        <source>forward has {count} steps; a block holds at most {most}</source>
        <translation>forward의 단계가 {count}개입니다. 블록에는 최대 {most}개까지 담을 수 있습니다</translation>
    </message>
    <message>
        <source>graph blocks have no {function}</source>
        <translation>그래프 블록에는 {function}이(가) 없습니다</translation>
    </message>
    <message>
        <source>{function} is written {spelling} (the same function)</source>
        <translation>{function}은(는) {spelling}(으)로 바꿔 씁니다 (같은 함수입니다)</translation>
    </message>
    <message>
        <source>no call in the file gives it a value; it only sets {kind} {param} (line {line}), so it is not kept and the size comes from the input: {size}</source>
        <translation>파일의 어떤 호출도 값을 주지 않습니다. 이 인수는 {kind}의 {param}({line}번 줄)만 정하므로 유지되지 않고, 크기는 입력에서 가져옵니다: {size}</translation>
    </message>
</context>
<context>
    <name>GraphEdits</name>
    <message>
        <source>a flat block has no steps: convert it with as_graph() first</source>
        <translation>평면 블록에는 단계가 없습니다. 먼저 as_graph()로 변환하세요</translation>
    </message>
    <message>
        <source>a &quot;{container}&quot; block loops in forward; it has no graph form</source>
        <translation>&quot;{container}&quot; 블록은 forward에서 반복문을 돌기 때문에 그래프 형태가 없습니다</translation>
    </message>
</context>
<context>
    <name>ImportIssue</name>
    <message>
        <source>{what} at line {line}</source>
        <translation>{what} ({line}번 줄)</translation>
    </message>
</context>
<context>
    <name>ImportPython</name>
    <message>
        <source>Import Python</source>
        <translation>Python 가져오기</translation>
    </message>
    <message>
        <source>Reading {name}...</source>
        <translation>{name} 읽는 중...</translation>
    </message>
    <message>
        <source>{cls} (line {line})</source>
        <translation>{cls} ({line}번째 줄)</translation>
    </message>
    <message>
        <source>{name} defines several nn.Module classes. Import which?</source>
        <translation>{name}에는 nn.Module 클래스가 여러 개 있습니다. 어느 것을 가져올까요?</translation>
    </message>
    <message>
        <source>Importing {name}...</source>
        <translation>{name} 가져오는 중...</translation>
    </message>
    <message>
        <source>Cannot import</source>
        <translation>가져올 수 없음</translation>
    </message>
    <message>
        <source>Cannot import {name}:

{error}</source>
        <translation>{name}을(를) 가져올 수 없습니다:

{error}</translation>
    </message>
    <message>
        <source>Imported with notes</source>
        <translation>가져왔습니다 (참고 사항 있음)</translation>
    </message>
</context>
<context>
    <name>ImportReader</name>
    <message>
        <source>class decorator @{code} is dropped</source>
        <translation>클래스 데코레이터 @{code}은(는) 버립니다</translation>
    </message>
    <message>
        <source>class keyword {code} is dropped</source>
        <translation>클래스 키워드 {code}은(는) 버립니다</translation>
    </message>
    <message>
        <source>method {name} is not imported</source>
        <translation>메서드 {name}은(는) 가져오지 않습니다</translation>
    </message>
    <message>
        <source>class statement `{code}` is not imported</source>
        <translation>클래스 문장 `{code}`은(는) 가져오지 않습니다</translation>
    </message>
    <message>
        <source>{method} has {count} statements</source>
        <translation>{method}의 문장이 {count}개입니다</translation>
    </message>
    <message>
        <source>a block holds at most {count} layers</source>
        <translation>블록에는 레이어를 최대 {count}개까지 담을 수 있습니다</translation>
    </message>
    <message>
        <source>{name} has no __init__ that builds layers</source>
        <translation>{name}에 레이어를 만드는 생성자 (__init__)가 없습니다</translation>
    </message>
    <message>
        <source>{name} has no forward method</source>
        <translation>{name}에 순전파 메서드 (forward)가 없습니다</translation>
    </message>
    <message>
        <source>__init__ has no self argument</source>
        <translation>__init__에 self 인수가 없습니다</translation>
    </message>
    <message>
        <source>__init__ argument {name} (*args/**kwargs) is not kept</source>
        <translation>__init__ 인수 {name}(*args/**kwargs)은(는) 유지되지 않습니다</translation>
    </message>
    <message>
        <source>the super().__init__() call moves to the top of __init__</source>
        <translation>super().__init__() 호출은 __init__의 맨 위로 옮겨집니다</translation>
    </message>
    <message>
        <source>unsupported statement `{code}` in __init__</source>
        <translation>__init__의 `{code}`은(는) 지원하지 않는 문장입니다</translation>
    </message>
    <message>
        <source>__init__ may loop over constant lists and append layers</source>
        <translation>__init__에서는 상수 리스트를 반복하며 레이어를 추가할 수 있습니다</translation>
    </message>
    <message>
        <source>local variable {name} (line {line}) is not a constant: {reason}</source>
        <translation>지역 변수 {name}({line}번 줄)이(가) 상수가 아닙니다: {reason}</translation>
    </message>
    <message>
        <source>local variable `{name} = {code}` is read as {value}</source>
        <translation>지역 변수 `{name} = {code}`을(를) {value}(으)로 읽습니다</translation>
    </message>
    <message>
        <source>`{code}` in __init__</source>
        <translation>__init__의 `{code}`</translation>
    </message>
    <message>
        <source>its test is not fixed by the file: {reason}</source>
        <translation>조건이 파일에서 정해지지 않습니다: {reason}</translation>
    </message>
    <message>
        <source> (from {names})</source>
        <translation> ({names}에서 정해짐)</translation>
    </message>
    <message>
        <source>`{code}` runs: its test is {value}{uses}</source>
        <translation>`{code}`을(를) 실행합니다: 조건이 {value}입니다{uses}</translation>
    </message>
    <message>
        <source>`{code}` is skipped: its test is {value}{uses}</source>
        <translation>`{code}`을(를) 건너뜁니다: 조건이 {value}입니다{uses}</translation>
    </message>
    <message>
        <source>`{code}` takes its else branch: its test is {value}{uses}</source>
        <translation>`{code}`은(는) else 쪽을 따릅니다: 조건이 {value}입니다{uses}</translation>
    </message>
    <message>
        <source>weight initialisation `{code}` is not kept</source>
        <translation>가중치 초기화 `{code}`은(는) 유지되지 않습니다</translation>
    </message>
    <message>
        <source>the imported block starts from torch&apos;s default initialisation</source>
        <translation>가져온 블록은 torch의 기본 초기화에서 시작합니다</translation>
    </message>
    <message>
        <source>{name} (line {line}) does nothing</source>
        <translation>{name}({line}번 줄)은(는) 아무 일도 하지 않습니다</translation>
    </message>
    <message>
        <source>call `{code}` in __init__</source>
        <translation>__init__의 호출 `{code}`</translation>
    </message>
    <message>
        <source>Block Studio cannot tell what it does without running it</source>
        <translation>Block Studio는 이 호출을 실행해 보지 않고는 무엇을 하는지 알 수 없어 블록으로 가져올 수 없습니다</translation>
    </message>
    <message>
        <source>super().__init__() with arguments is not supported</source>
        <translation>인수가 있는 super().__init__()은 지원하지 않습니다</translation>
    </message>
    <message>
        <source>`{code}` does not name this class and self</source>
        <translation>`{code}`이(가) 이 클래스와 self를 가리키지 않습니다</translation>
    </message>
    <message>
        <source>`{code}` becomes super().__init__()</source>
        <translation>`{code}`은(는) super().__init__()이 됩니다</translation>
    </message>
    <message>
        <source>self.{name} is assigned again</source>
        <translation>self.{name}에 다시 대입합니다</translation>
    </message>
    <message>
        <source>the later module replaces the first</source>
        <translation>나중 모듈이 처음 모듈을 대신합니다</translation>
    </message>
    <message>
        <source>self.{name} (line {line}) is not a constant: {reason}</source>
        <translation>self.{name}({line}번 줄)이(가) 상수가 아닙니다: {reason}</translation>
    </message>
    <message>
        <source>self.{name} is a module and is then set to {code}</source>
        <translation>self.{name}은(는) 모듈인데 그 뒤에 {code}(으)로 바뀝니다</translation>
    </message>
    <message>
        <source>torchvision&apos;s API-usage logging; it does not change the module</source>
        <translation>torchvision의 API 사용 기록입니다. 모듈을 바꾸지 않습니다</translation>
    </message>
    <message>
        <source>`{code}` is not kept</source>
        <translation>`{code}`은(는) 유지되지 않습니다</translation>
    </message>
    <message>
        <source>self.{name} = {code} is not part of the block and is not kept</source>
        <translation>self.{name} = {code}은(는) 블록의 일부가 아니므로 유지되지 않습니다</translation>
    </message>
</context>
<context>
    <name>ImportValues</name>
    <message>
        <source>`{code}` is not a number, string, bool or None</source>
        <translation>`{code}`은(는) 숫자, 문자열, bool, None 중 어느 것도 아닙니다</translation>
    </message>
    <message>
        <source>`{name}` is not a constant the file defines</source>
        <translation>`{name}`은(는) 파일이 정의하는 상수가 아닙니다</translation>
    </message>
    <message>
        <source>`{code}` holds no value __init__ set before this line</source>
        <translation>`{code}`에는 이 줄 앞에서 __init__이 넣은 값이 없습니다</translation>
    </message>
    <message>
        <source>a literal of {count} items is too long to be a size</source>
        <translation>항목이 {count}개인 리터럴은 크기로 보기에는 너무 깁니다</translation>
    </message>
    <message>
        <source>a literal of {count} items is too long to be a config</source>
        <translation>항목이 {count}개인 리터럴은 설정으로 보기에는 너무 깁니다</translation>
    </message>
    <message>
        <source>`{code}` has no such item</source>
        <translation>`{code}`에 해당하는 항목이 없습니다</translation>
    </message>
    <message>
        <source>`{code}` is not a constant expression</source>
        <translation>`{code}`은(는) 상수 식이 아닙니다</translation>
    </message>
    <message>
        <source>`{code}`: only + - * / // % ** are computed</source>
        <translation>`{code}`: + - * / // % ** 연산만 계산합니다</translation>
    </message>
    <message>
        <source>`{code}` divides by zero</source>
        <translation>`{code}`은(는) 0으로 나눕니다</translation>
    </message>
    <message>
        <source>`{code}` is not a real number</source>
        <translation>`{code}`은(는) 실수가 아닙니다</translation>
    </message>
    <message>
        <source>`{code}`: `in` tests are not computed</source>
        <translation>`{code}`: `in` 비교는 계산하지 않습니다</translation>
    </message>
    <message>
        <source>`{code}` compares values of different kinds</source>
        <translation>`{code}`은(는) 종류가 다른 값을 비교합니다</translation>
    </message>
    <message>
        <source>`{code}` is not arithmetic on numbers</source>
        <translation>`{code}`은(는) 숫자끼리의 산술 연산이 아닙니다</translation>
    </message>
    <message>
        <source>`{code}` is too large to be a size</source>
        <translation>`{code}`은(는) 크기로 보기에는 너무 큽니다</translation>
    </message>
    <message>
        <source>at module level</source>
        <translation>모듈 최상위에서</translation>
    </message>
    <message>
        <source>in the class</source>
        <translation>클래스 안에서</translation>
    </message>
    <message>
        <source>`{name}` is bound more than once {where} (lines {first} and {second})</source>
        <translation>`{name}`이(가) {where} 두 번 이상 대입됩니다 ({first}번 줄과 {second}번 줄)</translation>
    </message>
    <message>
        <source>`{name}` {where} (line {line}) is not a constant</source>
        <translation>{where} 정의한 `{name}`({line}번 줄)은(는) 상수가 아닙니다</translation>
    </message>
    <message>
        <source>`{name}` {where} (line {line}) is not a constant: {reason}</source>
        <translation>{where} 정의한 `{name}`({line}번 줄)은(는) 상수가 아닙니다: {reason}</translation>
    </message>
</context>
<context>
    <name>InitArguments</name>
    <message>
        <source>argument {name} has no default</source>
        <translation>인수 {name}에 기본값이 없습니다</translation>
    </message>
    <message>
        <source>argument {name} has default {code}</source>
        <translation>인수 {name}의 기본값이 {code}입니다</translation>
    </message>
    <message>
        <source>not a constant: {reason}</source>
        <translation>상수가 아닙니다: {reason}</translation>
    </message>
    <message>
        <source>it gets {value} from the call at line {line}</source>
        <translation>{line}번 줄의 호출에서 값 {value}을(를) 받습니다</translation>
    </message>
    <message>
        <source>no call in the file gives it a value, so it takes Block Studio&apos;s default for {what}: {value}</source>
        <translation>파일의 어떤 호출도 값을 주지 않으므로 {what}에 Block Studio가 블록에 쓰는 기본값을 받습니다: {value}</translation>
    </message>
    <message>
        <source>give it one, or instantiate {name}(...) with constant values in the file</source>
        <translation>기본값을 주거나, 파일 안에서 상수 값으로 {name}(...)의 인스턴스를 만들어 주세요</translation>
    </message>
</context>
<context>
    <name>InputShape</name>
    <message>
        <source>argument {name} (input channels) is not kept</source>
        <translation>인수 {name}(입력 채널 수)은(는) 유지되지 않습니다</translation>
    </message>
    <message>
        <source>Block Studio takes the input channels from the input shape</source>
        <translation>Block Studio는 블록의 입력 모양에서 입력 채널 수를 가져옵니다</translation>
    </message>
    <message>
        <source>argument {name} (input features) is not kept</source>
        <translation>인수 {name}(입력 특성 수)은(는) 유지되지 않습니다</translation>
    </message>
    <message>
        <source>Block Studio takes the input features from the input shape</source>
        <translation>Block Studio는 블록의 입력 모양에서 입력 특성 수를 가져옵니다</translation>
    </message>
    <message>
        <source>the example input at line {line} has {count} channels; the first layer takes {size}</source>
        <translation>{line}번 줄의 예시 입력은 채널이 {count}개이지만 첫 레이어는 {size}개를 받습니다</translation>
    </message>
    <message>
        <source>the example input at line {line} has {count} features; the first layer takes {size}</source>
        <translation>{line}번 줄의 예시 입력은 특성이 {count}개이지만 첫 레이어는 {size}개를 받습니다</translation>
    </message>
    <message>
        <source>the file shows no example input; the input shape is {shape}</source>
        <translation>파일에 예시 입력이 없습니다. 입력 모양은 {shape}입니다</translation>
    </message>
    <message>
        <source>the input shape {shape} is solved from {what}</source>
        <translation>입력 모양 {shape}은(는) {what}에서 풀어 낸 것입니다</translation>
    </message>
    <message>
        <source>the smallest square input that flattens to {count} values</source>
        <translation>평탄화했을 때 값이 {count}개가 되는 가장 작은 정사각형 입력입니다</translation>
    </message>
    <message>
        <source>; {count} channel assumed</source>
        <translation>; 채널을 {count}개로 가정했습니다</translation>
    </message>
    <message>
        <source>the input shape {shape} is read from `torch.randn(...)`-style call</source>
        <translation>입력 모양 {shape}은(는) `torch.randn(...)` 같은 호출에서 읽었습니다</translation>
    </message>
    <message>
        <source>the input shape {shape} is read from a comment ({layout})</source>
        <translation>입력 모양 {shape}은(는) 주석({layout})에서 읽었습니다</translation>
    </message>
    <message>
        <source>the file shows no example input; the input shape {shape} is a guess</source>
        <translation>파일에 예시 입력이 없습니다. 입력 모양 {shape}은(는) 추정값입니다</translation>
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
    <name>Internals</name>
    <message>
        <source>{} (empty)</source>
        <translation>{} (비어 있음)</translation>
    </message>
    <message>
        <source>1 entry: {keys}</source>
        <translation>항목 1개: {keys}</translation>
    </message>
    <message>
        <source>{count} entries: {keys}</source>
        <translation>항목 {count}개: {keys}</translation>
    </message>
    <message>
        <source>{count} items</source>
        <translation>항목 {count}개</translation>
    </message>
    <message>
        <source>set() (empty)</source>
        <translation>set() (비어 있음)</translation>
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
    <name>LayerCalls</name>
    <message>
        <source>self.{name} = {code} is not a torch.nn layer</source>
        <translation>self.{name} = {code}은(는) torch.nn 레이어가 아닙니다</translation>
    </message>
    <message>
        <source>unsupported layer {name}</source>
        <translation>지원하지 않는 레이어 {name}</translation>
    </message>
    <message>
        <source>Block Studio builds {kinds}</source>
        <translation>Block Studio가 블록에 넣을 수 있는 레이어: {kinds}</translation>
    </message>
    <message>
        <source>nn.Sequential with keyword arguments is not supported</source>
        <translation>키워드 인수를 받는 순차 컨테이너 (nn.Sequential)는 지원하지 않습니다</translation>
    </message>
    <message>
        <source>`{code}` inside nn.Sequential is not a layer __init__ built before</source>
        <translation>nn.Sequential 안의 `{code}`은(는) __init__이 앞에서 만든 레이어가 아닙니다</translation>
    </message>
    <message>
        <source>`{code}` inside nn.Sequential registers self.{name} a second time</source>
        <translation>nn.Sequential 안의 `{code}`이(가) self.{name}을(를) 한 번 더 등록합니다</translation>
    </message>
    <message>
        <source>the imported block builds it twice, so the two no longer share weights (state_dict keys and shapes are unchanged; load the same values into both)</source>
        <translation>가져온 블록은 이것을 두 번 만들므로 둘이 더 이상 가중치를 함께 쓰지 않습니다 (state_dict의 키와 모양은 그대로이니, 둘에 같은 값을 불러오세요)</translation>
    </message>
    <message>
        <source>unpacking a list is not read</source>
        <translation>리스트 풀기(*)는 읽지 않습니다</translation>
    </message>
    <message>
        <source>nn.Sequential inside nn.Sequential</source>
        <translation>nn.Sequential 안의 nn.Sequential (중첩된 순차 컨테이너)</translation>
    </message>
    <message>
        <source>`{code}` is not a torch.nn layer call</source>
        <translation>`{code}`은(는) torch.nn 레이어 호출이 아닙니다</translation>
    </message>
    <message>
        <source>give OrderedDict a literal list of (name, layer) pairs</source>
        <translation>OrderedDict에는 (이름, 레이어) 쌍을 리터럴 리스트로 주세요</translation>
    </message>
    <message>
        <source>`{code}` in OrderedDict</source>
        <translation>OrderedDict 안의 `{code}`</translation>
    </message>
    <message>
        <source>expected a (&quot;name&quot;, layer) pair</source>
        <translation>(&quot;이름&quot;, 레이어) 쌍이어야 합니다</translation>
    </message>
    <message>
        <source>OrderedDict names a layer twice</source>
        <translation>OrderedDict가 같은 레이어 이름을 두 번 씁니다</translation>
    </message>
    <message>
        <source>`{code}` calls helpers more than {depth} deep</source>
        <translation>`{code}`은(는) 도우미 함수를 {depth}단계보다 깊이 호출합니다</translation>
    </message>
    <message>
        <source>: {count} layers</source>
        <translation>: 레이어 {count}개</translation>
    </message>
    <message>
        <source>`{code}` is unrolled through {helper} (line {line}){size}</source>
        <translation>`{code}`은(는) {helper}({line}번 줄)을(를) 펼쳐서 읽었습니다{size}</translation>
    </message>
    <message>
        <source>`{code}` is read through {helper} (line {line}){size}</source>
        <translation>`{code}`은(는) {helper}({line}번 줄)을(를) 거쳐 읽었습니다{size}</translation>
    </message>
    <message>
        <source>a builder may loop over constant lists and append layers</source>
        <translation>레이어를 만드는 함수에서는 상수 리스트를 반복하며 레이어를 추가할 수 있습니다</translation>
    </message>
    <message>
        <source>{helper} takes *args or keyword-only arguments</source>
        <translation>{helper}은(는) *args나 키워드 전용 인수를 받습니다</translation>
    </message>
    <message>
        <source>`{code}` gives {helper} an unexpected argument {name}</source>
        <translation>`{code}`이(가) {helper}에 예상하지 못한 인수 {name}을(를) 줍니다</translation>
    </message>
    <message>
        <source>`{code}` does not give {helper} its argument {name}</source>
        <translation>`{code}`이(가) {helper}에 인수 {name}을(를) 주지 않습니다</translation>
    </message>
    <message>
        <source>{kind} with *args or **kwargs is not supported</source>
        <translation>*args나 **kwargs를 받는 {kind}은(는) 지원하지 않습니다</translation>
    </message>
    <message>
        <source>{kind} takes at most {most} positional arguments, got {count}</source>
        <translation>{kind}은(는) 위치 인수를 최대 {most}개 받지만 {count}개를 받았습니다</translation>
    </message>
    <message>
        <source>{kind} has no argument {name}</source>
        <translation>{kind}에는 인수 {name}이(가) 없습니다</translation>
    </message>
    <message>
        <source>{kind} gets {name} twice</source>
        <translation>{kind}이(가) {name}을(를) 두 번 받습니다</translation>
    </message>
    <message>
        <source>{kind} {param} = `{code}` is computed once as {value}</source>
        <translation>{kind}의 {param} = `{code}`을(를) 한 번 계산해 {value}(으)로 둡니다</translation>
    </message>
    <message>
        <source>it uses {names}, which stays an __init__ argument only where used alone</source>
        <translation>이 식은 {names}을(를) 쓰는데, 이것은 단독으로 쓰인 곳에서만 __init__ 인수로 남습니다</translation>
    </message>
    <message>
        <source>{kind} {param}={code} is not supported</source>
        <translation>{kind}의 {param}={code}은(는) 지원하지 않습니다</translation>
    </message>
    <message>
        <source> (argument {name})</source>
        <translation> (인수 {name})</translation>
    </message>
    <message>
        <source>{kind} needs {param}</source>
        <translation>{kind}에는 {param}이(가) 필요합니다</translation>
    </message>
    <message>
        <source>default `{code}` is not a literal</source>
        <translation>기본값 `{code}`이(가) 리터럴이 아닙니다</translation>
    </message>
</context>
<context>
    <name>LayerCardDelegate</name>
    <message>
        <source>invalid: no output</source>
        <translation>잘못됨: 출력 없음</translation>
    </message>
    <message>
        <source>no shape: an earlier layer is invalid</source>
        <translation>모양 없음: 앞의 레이어가 잘못되었습니다</translation>
    </message>
</context>
<context>
    <name>LayerExplanation</name>
    <message>
        <source>Layer {number}: {kind}</source>
        <translation>레이어 {number}: {kind}</translation>
    </message>
    <message>
        <source>Output size ({input} -&gt; {output}):</source>
        <translation>출력 크기 ({input} -&gt; {output}):</translation>
    </message>
    <message>
        <source>Parameters:</source>
        <translation>매개변수:</translation>
    </message>
    <message>
        <source>none: this layer learns nothing</source>
        <translation>없음: 이 레이어는 아무것도 학습하지 않습니다</translation>
    </message>
    <message>
        <source>Receptive field: each output value sees {field} input pixels; neighbouring outputs are {jump} input pixels apart (effective stride).</source>
        <translation>수용 영역 (receptive field): 출력 값 하나는 입력 픽셀 {field}개를 봅니다. 이웃한 출력끼리는 입력 픽셀 {jump}만큼 떨어져 있습니다 (유효 stride).</translation>
    </message>
    <message>
        <source>This layer cannot run: {message}</source>
        <translation>이 레이어는 실행될 수 없습니다: {message}</translation>
    </message>
    <message>
        <source>An earlier layer cannot run, so this layer has no input to explain.</source>
        <translation>앞선 레이어가 실행될 수 없어서, 이 레이어에는 설명할 입력이 없습니다.</translation>
    </message>
    <message>
        <source>The output is not a spatial map: each value can depend on the whole input.</source>
        <translation>출력은 공간 맵이 아닙니다. 출력의 각 값은 입력 전체에 따라 달라질 수 있습니다.</translation>
    </message>
    <message>
        <source>The output is no longer a spatial map: each value can depend on the whole input.</source>
        <translation>출력은 더 이상 공간 맵이 아닙니다. 출력의 각 값은 입력 전체에 따라 달라질 수 있습니다.</translation>
    </message>
    <message>
        <source>Size rule: {rule}</source>
        <translation>크기 규칙: {rule}</translation>
    </message>
    <message>
        <source>padding &quot;same&quot;: torch adds dilation*(kernel_size-1) pixels per axis, half before and the rest after (H: {h}, W: {w}), so the size stays the same.</source>
        <translation>padding &quot;same&quot;: torch는 축마다 dilation*(kernel_size-1)개의 픽셀을 덧대는데, 절반은 앞에, 나머지는 뒤에 붙입니다 (H: {h}, W: {w}). 그래서 크기가 그대로 유지됩니다.</translation>
    </message>
    <message>
        <source>padding &quot;valid&quot; means no padding at all.</source>
        <translation>padding &quot;valid&quot;는 덧대기 (padding)를 전혀 하지 않는다는 뜻입니다.</translation>
    </message>
    <message>
        <source>stride is not given, so it defaults to kernel_size = {size}.</source>
        <translation>stride를 정하지 않았으므로 기본값인 kernel_size = {size}가 됩니다.</translation>
    </message>
    <message>
        <source>ceil_mode on {axis}: the last window would start at {start}, past the input and its left padding ({size} + {pad}), so torch drops it: {windows} - 1 = {value}.</source>
        <translation>{axis} 축의 ceil_mode: 마지막 창은 {start}에서 시작하게 되는데, 이는 입력과 왼쪽 덧대기 ({size} + {pad})를 벗어나므로 torch가 그 창을 버립니다: {windows} - 1 = {value}.</translation>
    </message>
    <message>
        <source>ceil_mode rounds the division up, so a partial window at the edge still gives an output.</source>
        <translation>ceil_mode는 나눗셈을 올림하므로, 가장자리에 걸친 일부 창도 출력을 하나 냅니다.</translation>
    </message>
    <message>
        <source>BatchNorm2d also keeps buffers, which are state, not learned: running_mean ({count}), running_var ({count}) and num_batches_tracked (1). They are in state_dict but not in parameters().</source>
        <translation>배치 정규화 (BatchNorm2d)는 버퍼도 가집니다. 버퍼는 학습되는 값이 아니라 상태입니다: running_mean ({count}), running_var ({count}), num_batches_tracked (1). 버퍼는 state_dict에는 들어 있지만 parameters()에는 없습니다.</translation>
    </message>
</context>
<context>
    <name>LayerForm</name>
    <message>
        <source>Make {name} an __init__ argument; its current value becomes the default</source>
        <translation>{name}을(를) __init__ 인자로 만듭니다. 지금 값이 기본값이 됩니다</translation>
    </message>
    <message>
        <source>argument name</source>
        <translation>인자 이름</translation>
    </message>
    <message>
        <source>argument</source>
        <translation>인자</translation>
    </message>
    <message>
        <source>The __init__ argument&apos;s name; the value above is its default</source>
        <translation>__init__ 인자의 이름입니다. 위의 값이 기본값입니다</translation>
    </message>
    <message>
        <source>Add Flatten before this layer</source>
        <translation>이 레이어 앞에 평탄화 (Flatten) 추가</translation>
    </message>
    <message>
        <source>Insert nn.Flatten() here, so Linear sees one vector per sample</source>
        <translation>여기에 nn.Flatten()을 넣어, 선형 레이어 (Linear)가 샘플마다 벡터 하나를 받게 합니다</translation>
    </message>
    <message>
        <source>nn.{kind} has no parameters to set.</source>
        <translation>nn.{kind}에는 설정할 매개변수가 없습니다.</translation>
    </message>
    <message>
        <source>&lt;b&gt;{kind}&lt;/b&gt; &amp;nbsp;layer {number}</source>
        <translation>&lt;b&gt;{kind}&lt;/b&gt; &amp;nbsp;레이어 {number}</translation>
    </message>
    <message>
        <source>Note: {warning}</source>
        <translation>참고: {warning}</translation>
    </message>
</context>
<context>
    <name>LayerKind</name>
    <message>
        <source>Slides out_channels learned filters over the input; each output channel sums over all input channels.</source>
        <translation>학습된 필터 out_channels개를 입력 위로 밀면서 적용합니다. 각 출력 채널은 모든 입력 채널에 걸친 합입니다.</translation>
    </message>
    <message>
        <source>Normalises each channel to zero mean and unit variance, then scales and shifts it with learned values.</source>
        <translation>각 채널을 평균 0, 분산 1로 정규화한 뒤, 학습된 값으로 크기를 조절하고 이동합니다.</translation>
    </message>
    <message>
        <source>output size = input size</source>
        <translation>출력 크기 = 입력 크기</translation>
    </message>
    <message>
        <source>Keeps positive values and sets negative ones to zero: max(0, x).</source>
        <translation>양수는 그대로 두고 음수는 0으로 만듭니다: max(0, x).</translation>
    </message>
    <message>
        <source>Keeps the largest value in each window, shrinking height and width.</source>
        <translation>각 윈도우에서 가장 큰 값만 남겨 높이와 너비를 줄입니다.</translation>
    </message>
    <message>
        <source>H_out = floor((H + 2*padding - dilation*(kernel_size-1) - 1) / stride + 1) (stride defaults to kernel_size)</source>
        <translation>H_out = floor((H + 2*padding - dilation*(kernel_size-1) - 1) / stride + 1) (stride를 주지 않으면 kernel_size와 같습니다)</translation>
    </message>
    <message>
        <source>Averages each window, shrinking height and width.</source>
        <translation>각 윈도우의 평균을 구해 높이와 너비를 줄입니다.</translation>
    </message>
    <message>
        <source>H_out = floor((H + 2*padding - kernel_size) / stride + 1) (stride defaults to kernel_size)</source>
        <translation>H_out = floor((H + 2*padding - kernel_size) / stride + 1) (stride를 주지 않으면 kernel_size와 같습니다)</translation>
    </message>
    <message>
        <source>Multiplies the last dimension by a learned weight matrix and adds a bias: every output feature sees every input feature.</source>
        <translation>마지막 차원에 학습된 가중치 행렬을 곱하고 편향을 더합니다. 모든 출력 특징이 모든 입력 특징을 봅니다.</translation>
    </message>
    <message>
        <source>output = input with its last dimension replaced by out_features</source>
        <translation>출력 = 마지막 차원을 out_features로 바꾼 입력</translation>
    </message>
    <message>
        <source>Joins dimensions start_dim..end_dim into one, e.g. (N, C, H, W) -&gt; (N, C*H*W) before a Linear layer.</source>
        <translation>start_dim..end_dim 차원을 하나로 합칩니다. 예를 들어 선형 (Linear) 레이어 앞에서 (N, C, H, W) -&gt; (N, C*H*W)로 만듭니다.</translation>
    </message>
    <message>
        <source>output dimension = product of input dimensions start_dim..end_dim</source>
        <translation>출력 차원 = 입력 차원 start_dim..end_dim의 곱</translation>
    </message>
    <message>
        <source>In train mode zeroes each value with probability p and scales the rest by 1/(1-p); in eval mode does nothing.</source>
        <translation>학습 모드에서는 각 값을 확률 p로 0으로 만들고 나머지에 1/(1-p)를 곱합니다. 평가 모드에서는 아무 일도 하지 않습니다.</translation>
    </message>
    <message>
        <source>In train mode zeroes whole channels with probability p (scaling the rest); in eval mode does nothing.</source>
        <translation>학습 모드에서는 채널 전체를 확률 p로 0으로 만듭니다 (나머지는 크기를 키웁니다). 평가 모드에서는 아무 일도 하지 않습니다.</translation>
    </message>
    <message>
        <source>Like ReLU, but negative values are scaled by negative_slope instead of zeroed.</source>
        <translation>ReLU와 비슷하지만, 음수를 0으로 만들지 않고 negative_slope를 곱합니다.</translation>
    </message>
    <message>
        <source>A smooth ReLU used in transformers: x times the Gaussian probability that a value is below x.</source>
        <translation>트랜스포머에서 쓰는 부드러운 ReLU입니다: x에 어떤 값이 x보다 작을 가우스 확률을 곱합니다.</translation>
    </message>
    <message>
        <source>x * sigmoid(x) (also called swish): smooth, lets small negatives through.</source>
        <translation>x * sigmoid(x) (swish라고도 합니다): 부드럽고, 작은 음수는 통과시킵니다.</translation>
    </message>
    <message>
        <source>Squashes every value into (0, 1) with 1 / (1 + exp(-x)).</source>
        <translation>1 / (1 + exp(-x))로 모든 값을 (0, 1) 사이로 눌러 담습니다.</translation>
    </message>
    <message>
        <source>Averages over windows chosen so the output has exactly output_size, whatever the input size.</source>
        <translation>입력 크기와 상관없이 출력이 정확히 output_size가 되도록 고른 윈도우마다 평균을 구합니다.</translation>
    </message>
    <message>
        <source>H_out, W_out = output_size (the windows adapt to the input)</source>
        <translation>H_out, W_out = output_size (윈도우가 입력에 맞춰집니다)</translation>
    </message>
    <message>
        <source>Squashes every value into (-1, 1) with the hyperbolic tangent.</source>
        <translation>쌍곡탄젠트로 모든 값을 (-1, 1) 사이로 눌러 담습니다.</translation>
    </message>
    <message>
        <source>Returns its input unchanged: a placeholder, e.g. the skip path of a residual block without projection.</source>
        <translation>입력을 그대로 돌려줍니다. 자리 표시용이며, 예를 들어 사영 없는 잔차 블록의 건너뛰기 경로에 씁니다.</translation>
    </message>
    <message>
        <source>output = input</source>
        <translation>출력 = 입력</translation>
    </message>
    <message>
        <source>Turns the values along dim into probabilities: exp(x) / sum(exp(x)), so they are positive and sum to 1.</source>
        <translation>dim 방향의 값을 확률로 바꿉니다: exp(x) / sum(exp(x)). 그래서 모두 양수이고 합이 1입니다.</translation>
    </message>
    <message>
        <source>The logarithm of Softmax along dim, computed stably; pairs with nn.NLLLoss for classification.</source>
        <translation>dim 방향 Softmax의 로그를 수치적으로 안정하게 계산합니다. 분류에서는 nn.NLLLoss와 함께 씁니다.</translation>
    </message>
    <message>
        <source>Enlarges height and width by repeating (nearest) or interpolating (bilinear) values; nothing is learned.</source>
        <translation>값을 반복하거나(nearest) 보간해서(bilinear) 높이와 너비를 키웁니다. 학습하는 것은 없습니다.</translation>
    </message>
    <message>
        <source>H_out = floor(H * scale_factor), or H_out = size</source>
        <translation>H_out = floor(H * scale_factor), 또는 H_out = size</translation>
    </message>
    <message>
        <source>The transpose of Conv2d: spreads each input value over a learned filter, enlarging height and width.</source>
        <translation>합성곱 (Conv2d)의 전치입니다: 각 입력 값을 학습된 필터 위로 퍼뜨려 높이와 너비를 키웁니다.</translation>
    </message>
</context>
<context>
    <name>LayerPalette</name>
    <message>
        <source>Convolution</source>
        <translation>합성곱</translation>
    </message>
    <message>
        <source>Linear</source>
        <translation>선형</translation>
    </message>
    <message>
        <source>Normalisation</source>
        <translation>정규화</translation>
    </message>
    <message>
        <source>Activation</source>
        <translation>활성화</translation>
    </message>
    <message>
        <source>Pooling</source>
        <translation>풀링</translation>
    </message>
    <message>
        <source>Dropout</source>
        <translation>드롭아웃</translation>
    </message>
    <message>
        <source>Shape</source>
        <translation>모양</translation>
    </message>
    <message>
        <source>Merge</source>
        <translation>합치기</translation>
    </message>
    <message>
        <source>out + identity: adds two values (a residual&apos;s skip). Choose what it reads in its properties.</source>
        <translation>out + identity: 두 값을 더합니다 (잔차의 건너뛰는 연결). 무엇을 읽을지는 속성에서 고릅니다.</translation>
    </message>
    <message>
        <source>torch.cat([a, b], dim=1): joins values along the channels (DenseNet, UNet).</source>
        <translation>torch.cat([a, b], dim=1): 값들을 채널 방향으로 이어 붙입니다 (DenseNet, UNet).</translation>
    </message>
    <message>
        <source>x.view(x.size(0), -1): the same numbers in another shape.</source>
        <translation>x.view(x.size(0), -1): 같은 숫자들을 다른 모양으로 바꿉니다.</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>기타</translation>
    </message>
    <message>
        <source>&lt;b&gt;{kind}&lt;/b&gt; (a function in forward: nothing to register)&lt;br&gt;{tip}&lt;br&gt;Drag into the block.</source>
        <translation>&lt;b&gt;{kind}&lt;/b&gt; (forward 안의 함수: 등록할 것이 없습니다)&lt;br&gt;{tip}&lt;br&gt;블록으로 끌어다 놓으면 추가됩니다.</translation>
    </message>
    <message>
        <source>&lt;b&gt;nn.{kind}&lt;/b&gt;&lt;br&gt;{summary}&lt;br&gt;&lt;i&gt;{size_rule}&lt;/i&gt;&lt;br&gt;Drag into the block, or double-click.</source>
        <translation>&lt;b&gt;nn.{kind}&lt;/b&gt;&lt;br&gt;{summary}&lt;br&gt;&lt;i&gt;{size_rule}&lt;/i&gt;&lt;br&gt;블록으로 끌어다 놓거나 두 번 클릭하면 추가됩니다.</translation>
    </message>
    <message>
        <source>Search layers…</source>
        <translation>레이어 검색…</translation>
    </message>
</context>
<context>
    <name>LayerParams</name>
    <message>
        <source>number of filters = output channels</source>
        <translation>필터 개수 = 출력 채널 수</translation>
    </message>
    <message>
        <source>filter height and width</source>
        <translation>필터의 높이와 너비</translation>
    </message>
    <message>
        <source>step between filter positions</source>
        <translation>필터 위치 사이의 간격</translation>
    </message>
    <message>
        <source>pixels added on each side, or &quot;same&quot; (output size = input size) / &quot;valid&quot; (none)</source>
        <translation>각 가장자리에 더할 픽셀 수, 또는 &quot;same&quot; (출력 크기 = 입력 크기) / &quot;valid&quot; (없음)</translation>
    </message>
    <message>
        <source>spacing between filter taps</source>
        <translation>필터 탭 사이의 간격</translation>
    </message>
    <message>
        <source>split channels into independent groups</source>
        <translation>채널을 서로 독립인 그룹으로 나눕니다</translation>
    </message>
    <message>
        <source>learn one offset per output channel</source>
        <translation>출력 채널마다 오프셋(편향)을 하나씩 학습합니다</translation>
    </message>
    <message>
        <source>what the padding pixels hold</source>
        <translation>패딩 픽셀에 들어갈 값</translation>
    </message>
    <message>
        <source>added to the variance for stability</source>
        <translation>안정성을 위해 분산에 더하는 값</translation>
    </message>
    <message>
        <source>weight of the newest batch in the running statistics (null: plain average)</source>
        <translation>이동 통계에서 최신 배치의 가중치 (null: 단순 평균)</translation>
    </message>
    <message>
        <source>learn a scale (weight) and shift (bias) per channel</source>
        <translation>채널마다 크기(가중치, weight)와 이동(편향, bias)을 학습합니다</translation>
    </message>
    <message>
        <source>keep running mean and variance for eval mode</source>
        <translation>평가 모드를 위해 이동 평균과 이동 분산을 유지합니다</translation>
    </message>
    <message>
        <source>overwrite the input instead of allocating the output</source>
        <translation>출력을 새로 할당하지 않고 입력을 덮어씁니다</translation>
    </message>
    <message>
        <source>window height and width</source>
        <translation>윈도우의 높이와 너비</translation>
    </message>
    <message>
        <source>step between windows (null: same as kernel_size)</source>
        <translation>윈도우 사이의 간격 (null: kernel_size와 같음)</translation>
    </message>
    <message>
        <source>pixels added on each side (at most half the window)</source>
        <translation>각 가장자리에 더할 픽셀 수 (최대 윈도우의 절반)</translation>
    </message>
    <message>
        <source>spacing between window taps</source>
        <translation>윈도우 탭 사이의 간격</translation>
    </message>
    <message>
        <source>round the output size up instead of down</source>
        <translation>출력 크기를 내림 대신 올림으로 계산합니다</translation>
    </message>
    <message>
        <source>count padding zeros in the average</source>
        <translation>평균에 패딩의 0도 셉니다</translation>
    </message>
    <message>
        <source>number of output features</source>
        <translation>출력 특징 수</translation>
    </message>
    <message>
        <source>learn one offset per output feature</source>
        <translation>출력 특징마다 오프셋(편향)을 하나씩 학습합니다</translation>
    </message>
    <message>
        <source>first dimension to join (0 is the batch)</source>
        <translation>합칠 첫 차원 (0은 배치)</translation>
    </message>
    <message>
        <source>last dimension to join (-1: the last)</source>
        <translation>합칠 마지막 차원 (-1: 맨 마지막)</translation>
    </message>
    <message>
        <source>probability of zeroing (train mode only)</source>
        <translation>0으로 만들 확률 (학습 모드에서만)</translation>
    </message>
    <message>
        <source>slope for negative inputs</source>
        <translation>음수 입력에 곱하는 기울기 값</translation>
    </message>
    <message>
        <source>exact, or the faster tanh approximation</source>
        <translation>정확한 계산, 또는 더 빠른 tanh 근사</translation>
    </message>
    <message>
        <source>output height and width</source>
        <translation>출력의 높이와 너비</translation>
    </message>
    <message>
        <source>the dimension whose values sum to 1 (1: the channels or features)</source>
        <translation>값의 합이 1이 되는 차원 (1: 채널 또는 특징)</translation>
    </message>
    <message>
        <source>output height and width (null: use scale_factor)</source>
        <translation>출력의 높이와 너비 (null: scale_factor 사용)</translation>
    </message>
    <message>
        <source>multiplier for height and width (null: use size)</source>
        <translation>높이와 너비에 곱할 배수 (null: size 사용)</translation>
    </message>
    <message>
        <source>how new pixels are filled</source>
        <translation>새 픽셀을 채우는 방법</translation>
    </message>
    <message>
        <source>number of output channels</source>
        <translation>출력 채널 수</translation>
    </message>
    <message>
        <source>how far apart the input values land in the output</source>
        <translation>입력 값들이 출력에서 얼마나 떨어져 놓이는지</translation>
    </message>
    <message>
        <source>pixels removed from each side of the output</source>
        <translation>출력의 각 가장자리에서 뺄 픽셀 수</translation>
    </message>
    <message>
        <source>pixels added to one side of the output (smaller than stride)</source>
        <translation>출력의 한쪽 가장자리에 더할 픽셀 수 (stride보다 작아야 함)</translation>
    </message>
    <message>
        <source>write `a += b` (changes a&apos;s tensor)</source>
        <translation>`a += b`로 씁니다 (a의 텐서가 바뀝니다)</translation>
    </message>
    <message>
        <source>the dimension the tensors are joined along</source>
        <translation>텐서들을 이어 붙일 차원</translation>
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
    <name>ListBuilder</name>
    <message>
        <source>{function} returns no module</source>
        <translation>{function}이(가) 모듈을 반환하지 않습니다</translation>
    </message>
    <message>
        <source>{function} runs more than {count} statements</source>
        <translation>{function}이(가) 문장을 {count}개보다 많이 실행합니다</translation>
    </message>
    <message>
        <source>`{code}` in {function}</source>
        <translation>{function}의 `{code}`</translation>
    </message>
    <message>
        <source>`{code}` in {function}: range of non-integers</source>
        <translation>{function}의 `{code}`: 정수가 아닌 값의 range입니다</translation>
    </message>
    <message>
        <source>`{code}` in {function} loops too often</source>
        <translation>{function}의 `{code}`은(는) 너무 많이 반복합니다</translation>
    </message>
    <message>
        <source>{function} loops over `{code}`: {reason}</source>
        <translation>{function}이(가) `{code}`을(를) 반복합니다: {reason}</translation>
    </message>
    <message>
        <source>{function} tests `{code}`: {reason}</source>
        <translation>{function}이(가) `{code}`을(를) 조건으로 검사합니다: {reason}</translation>
    </message>
    <message>
        <source>{function} computes `{code}`: {reason}</source>
        <translation>{function}이(가) `{code}`을(를) 계산합니다: {reason}</translation>
    </message>
    <message>
        <source>{function} loops over `{code}`, not a list</source>
        <translation>{function}이(가) 리스트가 아닌 `{code}`을(를) 반복합니다</translation>
    </message>
    <message>
        <source>{function} builds more than {count} layers</source>
        <translation>{function}이(가) 레이어를 {count}개보다 많이 만듭니다</translation>
    </message>
    <message>
        <source>`{code}` in {function} is not a layer</source>
        <translation>{function}의 `{code}`은(는) 레이어가 아닙니다</translation>
    </message>
</context>
<context>
    <name>LoadError</name>
    <message>
        <source>(generated line {line}: {code})</source>
        <translation>(생성된 코드 {line}번째 줄: {code})</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Not done: {why}</source>
        <translation>하지 않았습니다: {why}</translation>
    </message>
    <message>
        <source>Block</source>
        <translation>블록</translation>
    </message>
    <message>
        <source>Properties</source>
        <translation>속성</translation>
    </message>
    <message>
        <source>Layers</source>
        <translation>레이어</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>파일(&amp;F)</translation>
    </message>
    <message>
        <source>&amp;New</source>
        <translation>새로 만들기(&amp;N)</translation>
    </message>
    <message>
        <source>&amp;Open...</source>
        <translation>열기(&amp;O)...</translation>
    </message>
    <message>
        <source>Open &amp;Recent</source>
        <translation>최근 파일 열기(&amp;R)</translation>
    </message>
    <message>
        <source>&amp;Import Python...</source>
        <translation>Python 가져오기(&amp;I)...</translation>
    </message>
    <message>
        <source>E&amp;xamples</source>
        <translation>예제(&amp;X)</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>저장(&amp;S)</translation>
    </message>
    <message>
        <source>Save &amp;As...</source>
        <translation>다른 이름으로 저장(&amp;A)...</translation>
    </message>
    <message>
        <source>&amp;Export Python...</source>
        <translation>Python 내보내기(&amp;E)...</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>끝내기(&amp;Q)</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>편집(&amp;E)</translation>
    </message>
    <message>
        <source>&amp;Copy Source</source>
        <translation>소스 복사(&amp;C)</translation>
    </message>
    <message>
        <source>&amp;Block Settings</source>
        <translation>블록 설정(&amp;B)</translation>
    </message>
    <message>
        <source>&amp;Preferences...</source>
        <translation>환경설정(&amp;P)...</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>도움말(&amp;H)</translation>
    </message>
    <message>
        <source>&amp;About Block Studio</source>
        <translation>Block Studio 정보(&amp;A)</translation>
    </message>
    <message>
        <source>Autosave is off: {problem}</source>
        <translation>자동 저장이 꺼져 있습니다: {problem}</translation>
    </message>
    <message>
        <source>&amp;Undo {step}</source>
        <translation>{step} 실행 취소(&amp;U)</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>실행 취소(&amp;U)</translation>
    </message>
    <message>
        <source>&amp;Redo {step}</source>
        <translation>{step} 다시 실행(&amp;R)</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>다시 실행(&amp;R)</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(없음)</translation>
    </message>
    <message>
        <source>Clear Menu</source>
        <translation>목록 지우기</translation>
    </message>
    <message>
        <source>Copied the generated source ({lines} lines) to the clipboard.</source>
        <translation>생성된 소스({lines}줄)를 클립보드에 복사했습니다.</translation>
    </message>
    <message>
        <source>About Block Studio</source>
        <translation>Block Studio 정보</translation>
    </message>
    <message>
        <source>&lt;b&gt;Block Studio&lt;/b&gt;&lt;p&gt;Build a PyTorch &lt;code&gt;nn.Module&lt;/code&gt; by dragging layers and see the exact source it corresponds to, starting with &lt;code&gt;super().__init__()&lt;/code&gt;, which registers every layer you assign to &lt;code&gt;self&lt;/code&gt;.&lt;/p&gt;</source>
        <translation>&lt;b&gt;Block Studio&lt;/b&gt;&lt;p&gt;레이어를 끌어다 놓아 PyTorch &lt;code&gt;nn.Module&lt;/code&gt;을 만들고, 그에 꼭 맞는 소스를 바로 봅니다. 소스는 &lt;code&gt;super().__init__()&lt;/code&gt;로 시작하며, 이 호출 덕분에 &lt;code&gt;self&lt;/code&gt;에 대입하는 모든 레이어가 등록됩니다.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>{params} params  ·  {mult_adds} mult-adds  ·  {activations} activations</source>
        <translation>매개변수 {params}개  ·  곱셈-덧셈 {mult_adds}회  ·  활성화 {activations}</translation>
    </message>
    <message>
        <source>Error: {error}</source>
        <translation>오류: {error}</translation>
    </message>
    <message>
        <source>Note: {warning}</source>
        <translation>참고: {warning}</translation>
    </message>
    <message>
        <source>Teaching mode: without super().__init__() the class cannot be built (see {learn})</source>
        <translation>수업 모드: super().__init__()가 없으면 클래스를 만들 수 없습니다 ({learn} 탭 참고)</translation>
    </message>
    <message>
        <source>Ready: the block is valid.</source>
        <translation>준비됨: 블록이 올바릅니다.</translation>
    </message>
    <message>
        <source>  in   {shape}</source>
        <translation>  입력   {shape}</translation>
    </message>
    <message>
        <source>— (the block has an error)</source>
        <translation>— (블록에 오류가 있습니다)</translation>
    </message>
    <message>
        <source>  out  {shape}</source>
        <translation>  출력  {shape}</translation>
    </message>
    <message>
        <source>Autosave kept aside</source>
        <translation>따로 보관한 자동 저장</translation>
    </message>
    <message>
        <source>Autosaved work that cannot be opened again is kept here:

{where}</source>
        <translation>다시 열 수 없는 자동 저장 작업을 여기에 보관했습니다:

{where}</translation>
    </message>
    <message>
        <source>an untitled block</source>
        <translation>제목 없는 블록</translation>
    </message>
    <message>
        <source>Restore unsaved work?</source>
        <translation>저장하지 않은 작업 복원</translation>
    </message>
    <message>
        <source>Block Studio closed without saving {name} ({class_name}, {count} layers, autosaved {saved_at}).

Restore it?</source>
        <translation>Block Studio가 {name}을(를) 저장하지 않고 종료되었습니다 ({class_name}, 레이어 {count}개, {saved_at}에 자동 저장).

복원할까요?</translation>
    </message>
</context>
<context>
    <name>MemoryBudget</name>
    <message>
        <source>{total}: {weights} of weights, {activations} of activations and copies</source>
        <translation>{total}: 가중치 {weights}, 활성화와 복사본 {activations}</translation>
    </message>
    <message>
        <source>this run needs about {need}; the limit is {limit}; reduce the batch, the input size {shape} or the layer sizes</source>
        <translation>이 실행에는 약 {need}이(가) 필요합니다. 한도는 {limit}입니다. 배치, 입력 크기 {shape} 또는 레이어 크기를 줄이세요</translation>
    </message>
    <message>
        <source>this run needs about {need}; {free} of memory is free and the limit is {limit}; reduce the batch, the input size {shape} or the layer sizes</source>
        <translation>이 실행에는 약 {need}이(가) 필요합니다. 남은 메모리는 {free}이고 한도는 {limit}입니다. 배치, 입력 크기 {shape} 또는 레이어 크기를 줄이세요</translation>
    </message>
</context>
<context>
    <name>NameProblem</name>
    <message>
        <source>argument name</source>
        <translation>인자 이름</translation>
    </message>
    <message>
        <source>class name</source>
        <translation>클래스 이름</translation>
    </message>
    <message>
        <source>container name</source>
        <translation>컨테이너 이름</translation>
    </message>
    <message>
        <source>module name</source>
        <translation>모듈 이름</translation>
    </message>
    <message>
        <source>variable name</source>
        <translation>변수 이름</translation>
    </message>
    <message>
        <source>name in a keyed Sequential</source>
        <translation>이름 있는 Sequential 안의 이름</translation>
    </message>
    <message>
        <source>{what} must be a non-empty name</source>
        <translation>{what}은(는) 비어 있지 않은 이름이어야 합니다</translation>
    </message>
    <message>
        <source>{what} {start}... is longer than 64 characters</source>
        <translation>{what} {start}...은(는) 64자보다 깁니다</translation>
    </message>
    <message>
        <source>{what} {name!r} is not a Python identifier (letters, digits and _, not starting with a digit)</source>
        <translation>{what} {name!r}은(는) Python 식별자가 아닙니다 (글자, 숫자와 _만 쓰고, 숫자로 시작하지 않아야 합니다)</translation>
    </message>
    <message>
        <source>{what} {name!r} is a Python keyword</source>
        <translation>{what} {name!r}은(는) Python 키워드입니다</translation>
    </message>
    <message>
        <source>{what} {name!r} is reserved in the generated code</source>
        <translation>{what} {name!r}은(는) 생성된 코드에서 이미 쓰는 이름입니다</translation>
    </message>
    <message>
        <source>{what} {name!r} is taken by nn.Module itself (names starting with _ are its internals)</source>
        <translation>{what} {name!r}은(는) nn.Module 자체가 쓰는 이름입니다 (_로 시작하는 이름은 내부용입니다)</translation>
    </message>
</context>
<context>
    <name>OptionalFloatEditor</name>
    <message>
        <source>Unchecked: None ({help})</source>
        <translation>체크 해제: None ({help})</translation>
    </message>
</context>
<context>
    <name>OptionalPairEditor</name>
    <message>
        <source>Unchecked: None ({help})</source>
        <translation>체크 해제: None ({help})</translation>
    </message>
</context>
<context>
    <name>PaddingEditor</name>
    <message>
        <source>px: pixels on each side; &quot;same&quot;: output size = input size (stride 1 only); &quot;valid&quot;: none</source>
        <translation>px: 양쪽에 덧댈 픽셀 수; &quot;same&quot;: 출력 크기 = 입력 크기 (stride가 1일 때만); &quot;valid&quot;: 덧대지 않음</translation>
    </message>
</context>
<context>
    <name>PairEditor</name>
    <message>
        <source>{name} height</source>
        <translation>{name} 높이</translation>
    </message>
    <message>
        <source>{name} width</source>
        <translation>{name} 너비</translation>
    </message>
    <message>
        <source>Square: one value for height and width</source>
        <translation>정사각형: 높이와 너비에 같은 값</translation>
    </message>
</context>
<context>
    <name>ParamSpec</name>
    <message>
        <source>expected true or false, got {value}</source>
        <translation>true 또는 false여야 하는데 {value}입니다</translation>
    </message>
    <message>
        <source>expected &quot;same&quot;, &quot;valid&quot; or a number, got {value}</source>
        <translation>&quot;same&quot;, &quot;valid&quot; 또는 수여야 하는데 {value}입니다</translation>
    </message>
    <message>
        <source>expected one of {options}, got {value}</source>
        <translation>{options} 중 하나여야 하는데 {value}입니다</translation>
    </message>
    <message>
        <source>expected a whole number, got {value}</source>
        <translation>정수여야 하는데 {value}입니다</translation>
    </message>
    <message>
        <source>expected a whole number from {low:g} to {high:g}, got {value}</source>
        <translation>{low:g}부터 {high:g}까지의 정수여야 하는데 {value}입니다</translation>
    </message>
    <message>
        <source>expected a number or a pair [height, width], got {count} values</source>
        <translation>수 하나 또는 [높이, 너비] 쌍이어야 하는데 값이 {count}개입니다</translation>
    </message>
    <message>
        <source>expected a number, got {value}</source>
        <translation>수여야 하는데 {value}입니다</translation>
    </message>
    <message>
        <source>expected a number from {low:g} to {high:g}, got {value!r}</source>
        <translation>{low:g}부터 {high:g}까지의 수여야 하는데 {value!r}입니다</translation>
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
    <name>ProfileReport</name>
    <message>
        <source>Layer</source>
        <translation>레이어</translation>
    </message>
    <message>
        <source>Output shape</source>
        <translation>출력 모양</translation>
    </message>
    <message>
        <source>Median ms</source>
        <translation>중앙값 ms</translation>
    </message>
    <message>
        <source>IQR ms</source>
        <translation>IQR ms</translation>
    </message>
    <message>
        <source>Runs</source>
        <translation>실행 횟수</translation>
    </message>
    <message>
        <source>First call ms</source>
        <translation>첫 호출 ms</translation>
    </message>
    <message>
        <source>whole block</source>
        <translation>블록 전체</translation>
    </message>
</context>
<context>
    <name>Profiler</name>
    <message>
        <source>whole forward, first call</source>
        <translation>forward 전체, 첫 호출</translation>
    </message>
    <message>
        <source>timing step {number} {kind}</source>
        <translation>{number}단계 {kind} 시간 측정 중</translation>
    </message>
    <message>
        <source>timing the whole forward</source>
        <translation>forward 전체 시간 측정 중</translation>
    </message>
    <message>
        <source>done</source>
        <translation>완료</translation>
    </message>
    <message>
        <source>step {number} {kind}: {problem}</source>
        <translation>{number}단계 {kind}: {problem}</translation>
    </message>
    <message>
        <source>{name} on {device} ({device_name}), {threads} threads, {dtype}, batch {batch}, {mode} mode, {runs}+ runs per layer, input {input}</source>
        <translation>{name}, 장치 {device} ({device_name}), 스레드 {threads}개, {dtype}, 배치 {batch}, {mode} 모드, 레이어마다 {runs}회 이상 실행, 입력: {input}</translation>
    </message>
    <message>
        <source>out of memory on {device} ({problem}); use a smaller batch or input size</source>
        <translation>{device}에서 메모리가 부족합니다 ({problem}). 배치나 입력 크기를 줄이세요</translation>
    </message>
    <message>
        <source>{device} failed: {type}: {problem}</source>
        <translation>{device}에서 실패했습니다: {type}: {problem}</translation>
    </message>
    <message>
        <source>the generated class holds {count} layers, the block {block_count}</source>
        <translation>생성된 클래스에는 레이어가 {count}개 있는데, 블록에는 {block_count}개 있습니다</translation>
    </message>
    <message>
        <source>first call</source>
        <translation>첫 호출</translation>
    </message>
    <message>
        <source>capturing activations</source>
        <translation>활성화 수집 중</translation>
    </message>
    <message>
        <source>timing layer {number} {kind}</source>
        <translation>{number}번 레이어 {kind} 시간 측정 중</translation>
    </message>
    <message>
        <source>layer {number} {kind}: in train mode BatchNorm computes statistics over the batch and needs more than 1 value per channel, but its input {size} has 1; switch to eval mode or use a larger batch or image</source>
        <translation>{number}번 레이어 {kind}: 학습 모드에서 배치 정규화 (BatchNorm)는 배치 전체의 통계를 계산하므로 채널마다 값이 2개 이상 필요한데, 입력 {size}에는 1개뿐입니다. 평가 모드로 바꾸거나 더 큰 배치나 이미지를 쓰세요</translation>
    </message>
    <message>
        <source>layer {number} {kind}: torch has no {dtype} version of this layer on {device} ({problem}); choose float32</source>
        <translation>{number}번 레이어 {kind}: torch에는 {device}에서 이 레이어의 {dtype} 버전이 없습니다 ({problem}). float32를 고르세요</translation>
    </message>
    <message>
        <source>layer {number} {kind}: {problem}</source>
        <translation>{number}번 레이어 {kind}: {problem}</translation>
    </message>
    <message>
        <source>moving {name} to {device} ({dtype})</source>
        <translation>{name}을(를) {device}(으)로 옮기는 중 ({dtype})</translation>
    </message>
</context>
<context>
    <name>ProjectFile</name>
    <message>
        <source>expected a list</source>
        <translation>목록이어야 합니다</translation>
    </message>
    <message>
        <source>{count:,} modules; a block holds at most {limit:,}</source>
        <translation>모듈이 {count:,}개입니다. 블록에는 최대 {limit:,}개까지 들어갑니다</translation>
    </message>
    <message>
        <source>expected an object</source>
        <translation>객체여야 합니다</translation>
    </message>
    <message>
        <source>expected true or false</source>
        <translation>true 또는 false여야 합니다</translation>
    </message>
    <message>
        <source>members of an unkeyed Sequential are numbered (no &quot;name&quot;)</source>
        <translation>이름 없는 Sequential의 구성원은 번호로 불립니다 (&quot;name&quot; 없음)</translation>
    </message>
    <message>
        <source>{count:,} steps; forward holds at most {limit:,}</source>
        <translation>단계가 {count:,}개입니다. forward에는 최대 {limit:,}개까지 들어갑니다</translation>
    </message>
    <message>
        <source>expected one of {choices}</source>
        <translation>다음 중 하나여야 합니다: {choices}</translation>
    </message>
    <message>
        <source>expected a string</source>
        <translation>문자열이어야 합니다</translation>
    </message>
    <message>
        <source>unknown function (known: {known})</source>
        <translation>알 수 없는 함수입니다 (알려진 함수: {known})</translation>
    </message>
    <message>
        <source>unknown method (known: {known})</source>
        <translation>알 수 없는 메서드입니다 (알려진 메서드: {known})</translation>
    </message>
    <message>
        <source>an assign step has no target</source>
        <translation>assign 단계에는 target이 없습니다</translation>
    </message>
    <message>
        <source>expected a list of 1 to {most} value positions</source>
        <translation>값 위치 1개에서 {most}개까지의 목록이어야 합니다</translation>
    </message>
    <message>
        <source>expected 0 (forward&apos;s x) or a step number from 1 to {count}</source>
        <translation>0 (forward의 x) 또는 1부터 {count}까지의 단계 번호여야 합니다</translation>
    </message>
    <message>
        <source>step {number} reads a value that no step computes; connect it before saving</source>
        <translation>{number}단계가 어떤 단계도 계산하지 않는 값을 읽습니다. 저장하기 전에 연결하세요</translation>
    </message>
    <message>
        <source>a block holds at most {limit:,} layers; this would make {count:,}</source>
        <translation>블록에는 레이어가 최대 {limit:,}개까지 들어가는데 이렇게 하면 {count:,}개가 됩니다</translation>
    </message>
    <message>
        <source>forward holds at most {limit:,} steps; this would make {count:,}</source>
        <translation>forward에는 단계가 최대 {limit:,}개까지 들어가는데 이렇게 하면 {count:,}개가 됩니다</translation>
    </message>
    <message>
        <source>the file is {size:,} bytes; a project file is at most {limit:,}</source>
        <translation>파일이 {size:,}바이트입니다. 프로젝트 파일은 최대 {limit:,}바이트입니다</translation>
    </message>
    <message>
        <source>the file holds more than {limit:,} bytes, the most a project file can</source>
        <translation>파일이 프로젝트 파일의 최대 크기인 {limit:,}바이트보다 큽니다</translation>
    </message>
    <message>
        <source>a folder, not a project file</source>
        <translation>프로젝트 파일이 아니라 폴더입니다</translation>
    </message>
    <message>
        <source>cannot read: {reason}</source>
        <translation>읽을 수 없습니다: {reason}</translation>
    </message>
    <message>
        <source>not UTF-8 text (bad byte at offset {offset})</source>
        <translation>UTF-8 텍스트가 아닙니다 (오프셋 {offset}에 잘못된 바이트)</translation>
    </message>
    <message>
        <source>this key appears twice in one object</source>
        <translation>이 키가 한 객체 안에 두 번 나옵니다</translation>
    </message>
    <message>
        <source>a {count:,}-digit number is far too large</source>
        <translation>{count:,}자리 수는 너무 큽니다</translation>
    </message>
    <message>
        <source>{number} is too large a number</source>
        <translation>{number}은(는) 너무 큰 수입니다</translation>
    </message>
    <message>
        <source>{name} is not a number a project file may hold</source>
        <translation>{name}은(는) 프로젝트 파일에 넣을 수 있는 수가 아닙니다</translation>
    </message>
    <message>
        <source>broken JSON at line {line} column {column}: {problem}</source>
        <translation>{line}번째 줄 {column}번째 열의 JSON이 깨졌습니다: {problem}</translation>
    </message>
    <message>
        <source>JSON nested too deeply to be a project file</source>
        <translation>JSON이 너무 깊게 중첩되어 있어 프로젝트 파일일 수 없습니다</translation>
    </message>
    <message>
        <source>expected an object, got {type}</source>
        <translation>객체여야 하는데 {type}입니다</translation>
    </message>
    <message>
        <source>unknown key {key} (allowed: {allowed})</source>
        <translation>알 수 없는 키 {key} (허용되는 키: {allowed})</translation>
    </message>
    <message>
        <source>missing key {key!r}</source>
        <translation>{key!r} 키가 없습니다</translation>
    </message>
    <message>
        <source>expected &quot;{format}&quot;, got {value}</source>
        <translation>&quot;{format}&quot;이어야 하는데 {value}입니다</translation>
    </message>
    <message>
        <source>this Block Studio reads version 1 and 2 files, got {value}</source>
        <translation>이 Block Studio는 버전 1과 2의 파일을 읽는데 {value}입니다</translation>
    </message>
    <message>
        <source>modules and steps need a version 2 file</source>
        <translation>modules와 steps는 버전 2 파일에만 쓸 수 있습니다 (모듈과 단계)</translation>
    </message>
    <message>
        <source>a graph block has modules and steps, not layers</source>
        <translation>그래프 블록에는 layers가 아니라 modules와 steps가 있습니다 (레이어 대신 모듈과 단계)</translation>
    </message>
    <message>
        <source>expected a whole number, got {value}</source>
        <translation>정수여야 하는데 {value}입니다</translation>
    </message>
    <message>
        <source>expected a list, got {type}</source>
        <translation>목록이어야 하는데 {type}입니다</translation>
    </message>
    <message>
        <source>{count:,} layers; a block holds at most {limit:,}</source>
        <translation>레이어가 {count:,}개입니다. 블록에는 최대 {limit:,}개까지 들어갑니다</translation>
    </message>
    <message>
        <source>unknown layer type {value} (known: {known})</source>
        <translation>알 수 없는 레이어 종류 {value} (알려진 종류: {known})</translation>
    </message>
    <message>
        <source>{kind} needs {param}</source>
        <translation>{kind}에는 {param}이(가) 필요합니다</translation>
    </message>
    <message>
        <source>an object</source>
        <translation>객체</translation>
    </message>
    <message>
        <source>a list</source>
        <translation>목록</translation>
    </message>
    <message>
        <source>a string</source>
        <translation>문자열</translation>
    </message>
    <message>
        <source>a number</source>
        <translation>수</translation>
    </message>
</context>
<context>
    <name>PythonImport</name>
    <message>
        <source>{name} (line {line}) cannot be imported:</source>
        <translation>{name}({line}번 줄)을(를) 가져올 수 없습니다:</translation>
    </message>
    <message>
        <source>{count} module</source>
        <translation>모듈 {count}개</translation>
    </message>
    <message>
        <source>{count} modules</source>
        <translation>모듈 {count}개</translation>
    </message>
    <message>
        <source>{count} forward step</source>
        <translation>forward 단계 {count}개</translation>
    </message>
    <message>
        <source>{count} forward steps</source>
        <translation>forward 단계 {count}개</translation>
    </message>
    <message>
        <source>{modules} and {steps}</source>
        <translation>{modules}, {steps}</translation>
    </message>
    <message>
        <source>{count} layer</source>
        <translation>레이어 {count}개</translation>
    </message>
    <message>
        <source>{count} layers</source>
        <translation>레이어 {count}개</translation>
    </message>
    <message>
        <source>{name} (line {line}): imported {what}</source>
        <translation>{name}({line}번 줄): {what}를 가져왔습니다</translation>
    </message>
    <message>
        <source>{file} is a folder, not a Python file</source>
        <translation>{file}은(는) Python 파일이 아니라 폴더입니다</translation>
    </message>
    <message>
        <source>{file} is not a regular file</source>
        <translation>{file}은(는) 일반 파일이 아닙니다</translation>
    </message>
    <message>
        <source>cannot read {file}: {reason}</source>
        <translation>{file}을(를) 읽을 수 없습니다: {reason}</translation>
    </message>
    <message>
        <source>{file} is larger than {size} bytes; not a model file</source>
        <translation>{file}이(가) {size}바이트보다 큽니다. 모델 파일이 아닙니다</translation>
    </message>
    <message>
        <source>{file} is not UTF-8 text (bad byte at offset {offset})</source>
        <translation>{file}은(는) UTF-8 텍스트가 아닙니다 (오프셋 {offset}에 잘못된 바이트)</translation>
    </message>
    <message>
        <source>{file} has {count} lines; Block Studio reads model files of at most {most}</source>
        <translation>{file}은(는) {count}줄입니다. Block Studio는 최대 {most}줄까지의 모델 파일을 읽어 블록으로 가져옵니다</translation>
    </message>
    <message>
        <source>{name} (line {line})</source>
        <translation>{name}({line}번 줄)</translation>
    </message>
    <message>
        <source>{file} defines no nn.Module subclass</source>
        <translation>{file}에 nn.Module의 하위 클래스가 없습니다</translation>
    </message>
    <message>
        <source>{file} defines {count} nn.Module classes: {classes}; choose one</source>
        <translation>{file}에 nn.Module 클래스가 {count}개 있습니다: {classes}. 하나를 골라 주세요</translation>
    </message>
    <message>
        <source>{file} has no nn.Module class {name} (it has: {classes})</source>
        <translation>{file}에 nn.Module 클래스 {name}이(가) 없습니다 (있는 클래스: {classes})</translation>
    </message>
    <message>
        <source>{file}: expressions nested too deeply to read</source>
        <translation>{file}: 식이 너무 깊게 중첩되어 읽을 수 없습니다</translation>
    </message>
    <message>
        <source>{file} line {line}: syntax error: {reason}</source>
        <translation>{file} {line}번 줄: 문법 오류: {reason}</translation>
    </message>
    <message>
        <source>{file}: syntax error: {reason}</source>
        <translation>{file}: 문법 오류: {reason}</translation>
    </message>
    <message>
        <source>{file} cannot be parsed as Python: expressions nested too deeply</source>
        <translation>{file}을(를) Python으로 해석할 수 없습니다: 식이 너무 깊게 중첩되어 있습니다</translation>
    </message>
    <message>
        <source>{file} cannot be parsed as Python: {reason}</source>
        <translation>{file}을(를) Python으로 해석할 수 없습니다: {reason}</translation>
    </message>
    <message>
        <source>invalid source</source>
        <translation>잘못된 소스</translation>
    </message>
    <message>
        <source>the imported block cannot be saved: {reason}</source>
        <translation>가져온 블록을 저장할 수 없습니다: {reason}</translation>
    </message>
    <message>
        <source> (a guess: the file shows no input)</source>
        <translation> (추정값: 파일에 입력이 나와 있지 않습니다)</translation>
    </message>
    <message>
        <source>the imported block does not run on input {shape}{guess}: {reason}</source>
        <translation>가져온 블록이 입력 {shape}{guess}에서 실행되지 않습니다: {reason}</translation>
    </message>
    <message>
        <source>read an nn.Module from a .py file (never run) into a project file</source>
        <translation>.py 파일의 nn.Module을 (실행하지 않고) 읽어 프로젝트 파일로 만듭니다</translation>
    </message>
    <message>
        <source>a Python file defining an nn.Module subclass; it is parsed, not executed</source>
        <translation>nn.Module의 하위 클래스를 정의하는 Python 파일. 구문만 분석하고 실행하지 않습니다</translation>
    </message>
    <message>
        <source>the class to import when the file defines several</source>
        <translation>파일에 클래스가 여럿일 때 가져올 클래스</translation>
    </message>
    <message>
        <source>write the project file (.json) here instead of printing it</source>
        <translation>프로젝트 파일(.json)을 출력하는 대신 여기에 씁니다</translation>
    </message>
    <message>
        <source>{file} is a folder; give a file name for -o</source>
        <translation>{file}은(는) 폴더입니다. -o에는 파일 이름을 주세요</translation>
    </message>
    <message>
        <source>-o {file} is the file being imported; writing there would replace it (give the project file another name)</source>
        <translation>-o {file}은(는) 가져오는 중인 파일입니다. 거기에 쓰면 원본이 바뀝니다 (프로젝트 파일에 다른 이름을 주세요)</translation>
    </message>
    <message>
        <source>{name} (line {line}) cannot be imported: {problems}</source>
        <translation>{name}({line}번 줄)을(를) 가져올 수 없습니다: {problems}</translation>
    </message>
    <message>
        <source>cannot write {file}: {reason}</source>
        <translation>{file}에 쓸 수 없습니다: {reason}</translation>
    </message>
    <message>
        <source>note: {note}</source>
        <translation>참고: {note}</translation>
    </message>
    <message>
        <source>error: {message}</source>
        <translation>오류: {message}</translation>
    </message>
</context>
<context>
    <name>QtBlockModel</name>
    <message>
        <source>No output shape: an earlier layer is invalid.</source>
        <translation>출력 모양이 없습니다: 앞의 레이어가 잘못되었습니다.</translation>
    </message>
</context>
<context>
    <name>RegistrationView</name>
    <message>
        <source>Registration</source>
        <translation>등록</translation>
    </message>
    <message>
        <source>Train both for {steps} steps</source>
        <translation>둘 다 {steps}스텝 학습</translation>
    </message>
    <message>
        <source>Apply the fix: nn.ModuleList</source>
        <translation>고치기 적용: nn.ModuleList</translation>
    </message>
    <message>
        <source>The block cannot be built now ({error}); fix it to see this lesson.</source>
        <translation>지금은 블록을 만들 수 없습니다 ({error}). 이 수업을 보려면 블록을 고치세요.</translation>
    </message>
    <message>
        <source>&lt;b&gt;Layers as: {style}&lt;/b&gt; (the live object)</source>
        <translation>&lt;b&gt;레이어 담는 방식: {style}&lt;/b&gt; (실제 객체)</translation>
    </message>
    <message>
        <source>parameters() finds {seen} of the {built} parameters its layers hold</source>
        <translation>parameters()는 레이어들이 가진 매개변수 {built}개 중 {seen}개를 찾습니다</translation>
    </message>
    <message>
        <source>nn.Module does not see: {names}</source>
        <translation>nn.Module이 보지 못하는 것: {names}</translation>
    </message>
    <message>
        <source>state_dict() has {count} key(s)</source>
        <translation>state_dict()의 키: {count}개</translation>
    </message>
    <message>
        <source>.to(device) left behind on the CPU: {names}</source>
        <translation>.to(device)가 옮기지 않아 CPU 장치에 남은 것: {names}</translation>
    </message>
    <message>
        <source>.to(device) moves every layer&apos;s weights</source>
        <translation>.to(device)는 모든 레이어의 가중치를 그 장치로 옮깁니다</translation>
    </message>
    <message>
        <source>training both versions for {steps} steps...</source>
        <translation>두 버전을 {steps}스텝씩 학습하는 중...</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>예</translation>
    </message>
    <message>
        <source>no</source>
        <translation>아니요</translation>
    </message>
    <message>
        <source>&lt;tr&gt;&lt;th&gt;layers as&lt;/th&gt;&lt;th&gt;parameters the optimizer sees&lt;/th&gt;&lt;th&gt;of them in the block&lt;/th&gt;&lt;th&gt;loss, first steps&lt;/th&gt;&lt;th&gt;loss, last steps&lt;/th&gt;&lt;th&gt;block&apos;s filters changed&lt;/th&gt;&lt;/tr&gt;</source>
        <translation>&lt;tr&gt;&lt;th&gt;레이어 담는 방식&lt;/th&gt;&lt;th&gt;옵티마이저가 보는 매개변수&lt;/th&gt;&lt;th&gt;그중 블록의 것&lt;/th&gt;&lt;th&gt;손실, 처음 스텝&lt;/th&gt;&lt;th&gt;손실, 마지막 스텝&lt;/th&gt;&lt;th&gt;블록의 필터가 바뀌었나&lt;/th&gt;&lt;/tr&gt;</translation>
    </message>
    <message>
        <source> (nothing would be saved)</source>
        <translation> (아무것도 저장되지 않습니다)</translation>
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
    <name>RunInput</name>
    <message>
        <source>random normal (seed {seed})</source>
        <translation>무작위 정규분포 (시드 {seed})</translation>
    </message>
    <message>
        <source>sample image</source>
        <translation>예제 이미지</translation>
    </message>
    <message>
        <source>image {name}</source>
        <translation>이미지 {name}</translation>
    </message>
    <message>
        <source>image</source>
        <translation>이미지</translation>
    </message>
    <message>
        <source>input kind {kind!r} is not one of {kinds}</source>
        <translation>입력 종류 {kind!r}은(는) {kinds} 중 하나가 아닙니다</translation>
    </message>
    <message>
        <source>the {input} needs an image input (N, C, H, W), but this block&apos;s input shape is ({dims}); use random normal input, or switch the input to image (N, C, H, W)</source>
        <translation>{input}에는 이미지 입력 (N, C, H, W)이 필요한데, 이 블록의 입력 모양은 ({dims})입니다. 무작위 정규분포 입력을 쓰거나, 입력을 이미지 (N, C, H, W)로 바꾸세요</translation>
    </message>
    <message>
        <source>no image was given for the image input</source>
        <translation>이미지 입력에 이미지가 주어지지 않았습니다</translation>
    </message>
    <message>
        <source>the bundled sample image is unusable: {problem}</source>
        <translation>함께 제공되는 예제 이미지를 쓸 수 없습니다: {problem}</translation>
    </message>
    <message>
        <source>{name}: core reads pixels from .npy files; open pictures in the app&apos;s Run tab</source>
        <translation>{name}: core는 .npy 파일에서만 픽셀을 읽습니다. 그림은 앱의 실행(Run) 탭에서 여세요</translation>
    </message>
    <message>
        <source>cannot read {path}: {problem}</source>
        <translation>{path}을(를) 읽을 수 없습니다: {problem}</translation>
    </message>
    <message>
        <source>{name}: expected uint8 pixels, found {dtype}</source>
        <translation>{name}: uint8 픽셀이어야 하는데 {dtype}입니다</translation>
    </message>
    <message>
        <source>{name}: expected 8-bit pixels, found {dtype}</source>
        <translation>{name}: 8비트 픽셀이어야 하는데 {dtype}입니다</translation>
    </message>
    <message>
        <source>{name}: expected an (H, W, C) image with 1 to 4 channels, got shape {shape}</source>
        <translation>{name}: 채널이 1~4개인 (H, W, C) 이미지여야 하는데 모양이 {shape}입니다</translation>
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
    <name>SafePaths</name>
    <message>
        <source>a named pipe (FIFO)</source>
        <translation>이름 있는 파이프 (FIFO)</translation>
    </message>
    <message>
        <source>a character device</source>
        <translation>문자 장치</translation>
    </message>
    <message>
        <source>a block device</source>
        <translation>블록 장치</translation>
    </message>
    <message>
        <source>a socket</source>
        <translation>소켓</translation>
    </message>
    <message>
        <source>a folder</source>
        <translation>폴더</translation>
    </message>
    <message>
        <source>not a regular file</source>
        <translation>일반 파일이 아닙니다</translation>
    </message>
    <message>
        <source>{kind}, not a regular file</source>
        <translation>{kind}입니다. 일반 파일이 아닙니다</translation>
    </message>
    <message>
        <source>the file is read-only</source>
        <translation>읽기 전용 파일입니다</translation>
    </message>
</context>
<context>
    <name>ShapeRules</name>
    <message>
        <source>a 4-D input (N, C, H, W)</source>
        <translation>4차원 입력 (N, C, H, W)</translation>
    </message>
    <message>
        <source>an image-shaped input (N, C, H, W)</source>
        <translation>이미지 모양의 입력 (N, C, H, W)</translation>
    </message>
    <message>
        <source>: features have no height and width (it cannot take an (N, F) input or follow Flatten or Linear)</source>
        <translation>. 특징에는 높이와 너비가 없습니다 ((N, F) 입력을 받거나 Flatten이나 Linear 뒤에 올 수 없습니다)</translation>
    </message>
    <message>
        <source>; it cannot follow Flatten or Linear</source>
        <translation>. Flatten이나 Linear 뒤에는 올 수 없습니다</translation>
    </message>
    <message>
        <source>{layer} needs {wanted}, but gets {shape}{why}</source>
        <translation>{layer}에는 {wanted}이(가) 필요한데 {shape}을(를) 받습니다{why}</translation>
    </message>
    <message>
        <source>groups {groups} does not divide the {channels} input channels</source>
        <translation>groups {groups}(으)로 입력 채널 {channels}개를 나누어떨어지게 나눌 수 없습니다</translation>
    </message>
    <message>
        <source>groups {groups} does not divide out_channels {channels}</source>
        <translation>groups {groups}(으)로 out_channels {channels}을(를) 나누어떨어지게 나눌 수 없습니다</translation>
    </message>
    <message>
        <source>padding &quot;same&quot; only works with stride 1 (torch refuses strided &quot;same&quot;)</source>
        <translation>padding &quot;same&quot;은 stride 1에서만 동작합니다 (torch는 stride가 있는 &quot;same&quot;을 거부합니다)</translation>
    </message>
    <message>
        <source>padding {padding} with padding_mode &quot;reflect&quot; must be smaller than the input size {size}</source>
        <translation>padding_mode &quot;reflect&quot;에서 padding {padding}은(는) 입력 크기 {size}보다 작아야 합니다</translation>
    </message>
    <message>
        <source>padding {padding} with padding_mode &quot;circular&quot; cannot exceed the input size {size}</source>
        <translation>padding_mode &quot;circular&quot;에서 padding {padding}은(는) 입력 크기 {size}보다 클 수 없습니다</translation>
    </message>
    <message>
        <source> (dilated to {size})</source>
        <translation> (팽창해서 {size})</translation>
    </message>
    <message>
        <source>kernel_size {kernel}{dilated} is larger than the padded input {size}</source>
        <translation>kernel_size {kernel}{dilated}이(가) 패딩을 더한 입력 {size}보다 큽니다</translation>
    </message>
    <message>
        <source>padding {padding} is more than half of kernel_size {kernel} (torch allows at most {most})</source>
        <translation>padding {padding}이(가) kernel_size {kernel}의 절반보다 큽니다 (torch는 최대 {most}까지 허용합니다)</translation>
    </message>
    <message>
        <source>{size} (dilated)</source>
        <translation>{size} (팽창)</translation>
    </message>
    <message>
        <source>kernel_size {kernel} is larger than the padded input {size} (output would be {output})</source>
        <translation>kernel_size {kernel}이(가) 패딩을 더한 입력 {size}보다 큽니다 (출력이 {output}이(가) 됩니다)</translation>
    </message>
    <message>
        <source>with track_running_stats off, BatchNorm2d always uses batch statistics and needs more than 1 value per channel; the input {shape} has 1</source>
        <translation>track_running_stats가 꺼져 있으면 배치 정규화 (BatchNorm2d)는 항상 배치 통계를 쓰므로 채널마다 값이 2개 이상 필요합니다. 입력 {shape}에는 1개뿐입니다</translation>
    </message>
    <message>
        <source>input {shape} has 1 value per channel: works in eval mode, but torch refuses it in train mode (batch statistics need more than 1 value)</source>
        <translation>입력 {shape}은(는) 채널마다 값이 1개입니다: 평가 모드에서는 동작하지만 학습 모드에서는 torch가 거부합니다 (배치 통계에는 값이 2개 이상 필요합니다)</translation>
    </message>
    <message>
        <source>Linear acts on the last dimension; add Flatten first?</source>
        <translation>선형 (Linear) 레이어는 마지막 차원에 작용합니다. 먼저 Flatten을 추가할까요?</translation>
    </message>
    <message>
        <source>it maps only the width {width} of {shape} to {features}. {hint}</source>
        <translation>{shape}의 너비 {width}만 {features}(으)로 바꿉니다. {hint}</translation>
    </message>
    <message>
        <source>{name} {dim} does not exist in a {rank}-D input {shape} (valid: {low} to {high})</source>
        <translation>{rank}차원 입력 {shape}에는 {name} {dim}이(가) 없습니다 (가능한 값: {low}부터 {high}까지)</translation>
    </message>
    <message>
        <source>start_dim {start} comes after end_dim {end}</source>
        <translation>start_dim {start}이(가) end_dim {end}보다 뒤에 있습니다</translation>
    </message>
    <message>
        <source>Dropout2d on a {rank}-D input drops single values, not channels; torch warns it will refuse this</source>
        <translation>{rank}차원 입력에서 Dropout2d는 채널이 아니라 값 하나하나를 버립니다. torch는 앞으로 이를 거부할 것이라고 경고합니다</translation>
    </message>
    <message>
        <source>output_padding {padding} must be smaller than the stride {stride} or the dilation {dilation}</source>
        <translation>output_padding {padding}은(는) stride {stride}이나 dilation {dilation}보다 작아야 합니다</translation>
    </message>
    <message>
        <source>padding {padding} leaves no output (it would be {size})</source>
        <translation>padding {padding} 때문에 출력이 남지 않습니다 ({size}이(가) 됩니다)</translation>
    </message>
    <message>
        <source>the output {shape} is empty: padding {padding} removes every pixel</source>
        <translation>출력 {shape}이(가) 비어 있습니다: padding {padding}이(가) 모든 픽셀을 지웁니다</translation>
    </message>
    <message>
        <source>give exactly one of size and scale_factor</source>
        <translation>size와 scale_factor 중 정확히 하나만 주세요</translation>
    </message>
    <message>
        <source>a 3-D input {shape} has one spatial size; size must be one number</source>
        <translation>3차원 입력 {shape}에는 공간 크기가 하나뿐입니다. size는 수 하나여야 합니다</translation>
    </message>
    <message>
        <source>scale_factor {scale:g} leaves no output for the input {shape}</source>
        <translation>scale_factor {scale:g}(으)로는 입력 {shape}에서 출력이 남지 않습니다</translation>
    </message>
</context>
<context>
    <name>SpinBox</name>
    <message>
        <source>{name} takes whole numbers from {low} to {high}</source>
        <translation>{name}에는 {low}부터 {high}까지의 정수를 넣습니다</translation>
    </message>
    <message>
        <source>this value</source>
        <translation>이 값</translation>
    </message>
    <message>
        <source>{typed} is not a number: {range}</source>
        <translation>{typed}은(는) 숫자가 아닙니다: {range}</translation>
    </message>
    <message>
        <source>{typed} is out of range: {range} (leaving keeps {value})</source>
        <translation>{typed}은(는) 범위를 벗어납니다: {range} (칸을 떠나면 {value}이(가) 유지됩니다)</translation>
    </message>
</context>
<context>
    <name>StepCards</name>
    <message>
        <source>self.{target}, also step {steps}</source>
        <translation>self.{target}, {steps}단계에서도 호출</translation>
    </message>
    <message>
        <source>not registered</source>
        <translation>등록되지 않음</translation>
    </message>
    <message>
        <source>keeps the value</source>
        <translation>값을 그대로 둠</translation>
    </message>
    <message>
        <source>add (torch broadcasting)</source>
        <translation>더하기 (torch 브로드캐스팅)</translation>
    </message>
</context>
<context>
    <name>StepEditing</name>
    <message>
        <source>select the run of cards to wrap</source>
        <translation>감쌀 카드들을 선택하세요</translation>
    </message>
    <message>
        <source>step {number} reads {count} values: a residual starts from one</source>
        <translation>{number}단계는 값 {count}개를 읽습니다. 잔차 연결은 값 하나에서 시작해야 합니다</translation>
    </message>
    <message>
        <source>the run has no shape yet (an earlier step is invalid): fix that first</source>
        <translation>선택한 단계들에 아직 모양이 없습니다 (앞 단계가 올바르지 않습니다). 그것부터 고치세요</translation>
    </message>
    <message>
        <source>Wrapped steps {first}-{last} in a residual: out = out + identity</source>
        <translation>{first}-{last}단계를 잔차 연결로 감쌌습니다: out = out + identity</translation>
    </message>
    <message>
        <source>the run turns {before} into {after}: a 1x1 conv projection needs (N, C, H, W) on both</source>
        <translation>선택한 단계들이 {before}을(를) {after}(으)로 바꿉니다. 1x1 합성곱 사영에는 양쪽 모두 (N, C, H, W)가 필요합니다</translation>
    </message>
    <message>
        <source>the run turns {before} into {after}: no 1x1 conv stride maps one onto the other</source>
        <translation>선택한 단계들이 {before}을(를) {after}(으)로 바꿉니다. 한쪽을 다른 쪽으로 옮기는 1x1 합성곱 stride가 없습니다</translation>
    </message>
    <message>
        <source>channels {before} -&gt; {after}</source>
        <translation>채널 {before} -&gt; {after}</translation>
    </message>
    <message>
        <source>resolution {before} -&gt; {after}</source>
        <translation>해상도 {before} -&gt; {after}</translation>
    </message>
    <message>
        <source> and </source>
        <translation> 및 </translation>
    </message>
    <message>
        <source>; {changes}, so the skip path got a projection: self.{name} = 1x1 Conv2d (stride {stride}) + BatchNorm2d</source>
        <translation>; {changes}(이)라서 건너뛰기 경로에 사영을 넣었습니다: self.{name} = 1x1 Conv2d (stride {stride}) + BatchNorm2d</translation>
    </message>
    <message>
        <source>; {changes}, so the skip path got a projection: self.{name} = 1x1 Conv2d + BatchNorm2d</source>
        <translation>; {changes}(이)라서 건너뛰기 경로에 사영을 넣었습니다: self.{name} = 1x1 Conv2d + BatchNorm2d</translation>
    </message>
    <message>
        <source>step {number} is not an add of two values</source>
        <translation>{number}단계는 두 값의 덧셈이 아닙니다</translation>
    </message>
    <message>
        <source>the add&apos;s inputs have no shape yet</source>
        <translation>덧셈의 입력에 아직 모양이 없습니다</translation>
    </message>
    <message>
        <source>Projected the skip path of step {number}</source>
        <translation>{number}단계의 건너뛰기 경로를 사영했습니다</translation>
    </message>
</context>
<context>
    <name>StepForm</name>
    <message>
        <source>&lt;b&gt;Reads&lt;/b&gt;</source>
        <translation>&lt;b&gt;읽는 값&lt;/b&gt;</translation>
    </message>
    <message>
        <source>+ input</source>
        <translation>+ 입력</translation>
    </message>
    <message>
        <source>torch.cat joins any number of values: read one more</source>
        <translation>torch.cat은 값을 몇 개든 이어 붙입니다: 하나 더 읽기</translation>
    </message>
    <message>
        <source>&lt;b&gt;Step {number}&lt;/b&gt;  &lt;code&gt;{label}&lt;/code&gt;  writes &lt;code&gt;{output}&lt;/code&gt;</source>
        <translation>&lt;b&gt;{number}단계&lt;/b&gt;  &lt;code&gt;{label}&lt;/code&gt;  결과: &lt;code&gt;{output}&lt;/code&gt;</translation>
    </message>
    <message>
        <source>x  (forward&apos;s input)</source>
        <translation>x  (forward의 입력)</translation>
    </message>
    <message>
        <source>step {number}: {label} -&gt; {output}</source>
        <translation>{number}단계: {label} -&gt; {output}</translation>
    </message>
    <message>
        <source>Stop reading this value</source>
        <translation>이 값을 더는 읽지 않기</translation>
    </message>
    <message>
        <source>input {number}</source>
        <translation>입력 {number}</translation>
    </message>
</context>
<context>
    <name>Steps</name>
    <message>
        <source>shape must be a list of 1 to 6 sizes</source>
        <translation>shape(모양)는 크기 1개에서 6개까지의 목록이어야 합니다</translation>
    </message>
    <message>
        <source>a size must be -1, a whole number from 1 to {most:,} or &quot;size(i)&quot;, got {item!r}</source>
        <translation>크기는 -1, 1부터 {most:,}까지의 정수, 또는 &quot;size(i)&quot;여야 하는데 {item!r}입니다</translation>
    </message>
    <message>
        <source>only one size can be -1 (inferred)</source>
        <translation>-1(추론)은 크기 하나에만 쓸 수 있습니다</translation>
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
    <name>SummaryTable</name>
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
        <source>Step</source>
        <translation>단계</translation>
    </message>
    <message>
        <source>Reads</source>
        <translation>읽는 값</translation>
    </message>
    <message>
        <source>Input shape: {shape}</source>
        <translation>입력 모양: {shape}</translation>
    </message>
    <message>
        <source>Total params: {count}</source>
        <translation>전체 매개변수: {count}</translation>
    </message>
    <message>
        <source>Total mult-adds: {count} ({short})</source>
        <translation>전체 곱셈-덧셈: {count} ({short})</translation>
    </message>
    <message>
        <source>Activation memory: {size}</source>
        <translation>활성화 메모리: {size}</translation>
    </message>
</context>
<context>
    <name>SuperLesson</name>
    <message>
        <source>super().__init__() and super({name}, self).__init__() run the same code: both look up __init__ on the class after {name} in its method resolution order ({mro}), and call it with self, so nn.Module.__init__ runs.</source>
        <translation>super().__init__()와 super({name}, self).__init__()는 같은 코드를 실행합니다. 둘 다 메서드 결정 순서 (MRO: {mro})에서 {name} 다음 클래스의 __init__을 찾아 self와 함께 호출하므로, nn.Module.__init__이 실행됩니다.</translation>
    </message>
    <message>
        <source>The short form (Python 3) finds {name} and self by itself; the long form names them, as Python 2 required.</source>
        <translation>짧은 형태 (Python 3)는 {name}과 self를 스스로 찾고, 긴 형태는 Python 2에서 필요했던 것처럼 파생 클래스와 self를 직접 적어 줍니다.</translation>
    </message>
    <message>
        <source>Naming the class is only a risk when the class is renamed or the line is copied into another class: it then names the wrong class.</source>
        <translation>클래스 이름을 적는 방식은 클래스 이름을 바꾸거나 그 줄을 다른 클래스로 복사할 때만 위험합니다. 그러면 엉뚱한 클래스를 가리키게 됩니다.</translation>
    </message>
    <message>
        <source>{name} assigns no layer in __init__, so nothing failed yet: PyTorch only objects when a Module is assigned.</source>
        <translation>{name}은(는) __init__에서 레이어를 하나도 할당하지 않으므로 아직 아무 오류도 나지 않았습니다. PyTorch는 모듈 (Module)을 할당할 때만 오류를 냅니다.</translation>
    </message>
    <message>
        <source>The object is still broken: it has no _parameters, _modules or hook dicts.</source>
        <translation>그래도 이 객체는 망가진 상태입니다. _parameters, _modules, 훅 사전이 하나도 없기 때문입니다.</translation>
    </message>
    <message>
        <source>Generated line {line}: `{code}`</source>
        <translation>생성된 코드 {line}번째 줄: `{code}`</translation>
    </message>
    <message>
        <source>This assignment does not just store a value: Python calls nn.Module.__setattr__(self, name, value).</source>
        <translation>이 할당은 값을 저장하기만 하는 것이 아닙니다. 내부적으로 Python이 nn.Module.__setattr__(self, name, value)를 호출합니다.</translation>
    </message>
    <message>
        <source>Because the value is a Module, __setattr__ files it into self._modules, the dict that parameters(), state_dict(), .to(device) and print(model) walk.</source>
        <translation>값이 모듈 (Module)이므로 __setattr__은 그 값을 self._modules에 넣습니다. self._modules는 parameters(), state_dict(), .to(device), print(model)가 차례로 훑는 사전입니다.</translation>
    </message>
    <message>
        <source>That dict is created by nn.Module.__init__, which only runs through super().__init__().</source>
        <translation>그 사전은 nn.Module.__init__이 선언하고 초기화하는데, nn.Module.__init__은 super().__init__()을 호출해야만 실행됩니다.</translation>
    </message>
    <message>
        <source>Without it, self.__dict__.get(&apos;_modules&apos;) is None and PyTorch raises {error}.</source>
        <translation>super().__init__()이 없으면 self.__dict__.get(&apos;_modules&apos;)가 None이 되고, PyTorch는 다음 오류를 냅니다: {error}</translation>
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
<context>
    <name>TrainCli</name>
    <message>
        <source>train the block plus a classifier head on a dataset</source>
        <translation>블록에 분류 헤드를 붙여 데이터셋으로 학습합니다</translation>
    </message>
    <message>
        <source>shapes (default, built in)</source>
        <translation>shapes (기본값, 도형 모양을 담은 내장 데이터셋)</translation>
    </message>
    <message>
        <source>folder: the dataset (one subfolder per class); torchvision sets: where to download (default: the app&apos;s data folder)</source>
        <translation>folder: 데이터셋 폴더 (클래스마다 하위 폴더 하나); torchvision 데이터셋: 내려받을 위치 (기본값: 앱의 데이터 폴더)</translation>
    </message>
    <message>
        <source>learning rate ({value})</source>
        <translation>학습률 ({value})</translation>
    </message>
    <message>
        <source>print one JSON document at the end</source>
        <translation>끝에 JSON 문서 하나를 출력합니다</translation>
    </message>
    <message>
        <source>write the trained state_dict here</source>
        <translation>학습된 state_dict를 이 파일에 씁니다</translation>
    </message>
    <message>
        <source>write a plain-PyTorch script that reproduces the run</source>
        <translation>이 실행을 재현하는 순수 PyTorch 스크립트를 씁니다</translation>
    </message>
    <message>
        <source>epoch {epoch}/{epochs}  train loss {train_loss:.4f} acc {train_acc:6.1%}  val loss {val_loss:.4f} acc {val_acc:6.1%}  {speed:,.0f} img/s  {elapsed:.1f} s</source>
        <translation>에폭 {epoch}/{epochs}  학습 손실 {train_loss:.4f} 정확도 {train_acc:6.1%}  검증 손실 {val_loss:.4f} 정확도 {val_acc:6.1%}  {speed:,.0f} img/s  {elapsed:.1f} s</translation>
    </message>
    <message>
        <source>{classifier}: {block} + head, {count:,} parameters to train</source>
        <translation>{classifier}: {block} + 헤드, 학습할 매개변수 {count:,}개</translation>
    </message>
    <message>
        <source>{dataset}, {optimizer} lr {lr}, batch {batch}</source>
        <translation>{dataset}, {optimizer} 학습률 {lr}, 배치 {batch}</translation>
    </message>
    <message>
        <source>stopped after {done} of {total} steps</source>
        <translation>전체 {total}단계 중 {done}단계 후 멈췄습니다</translation>
    </message>
    <message>
        <source>confusion matrix (rows: true class, columns: predicted):</source>
        <translation>혼동 행렬 (행: 실제 클래스, 열: 예측):</translation>
    </message>
    <message>
        <source>{flag} must be a number, got {text!r}</source>
        <translation>{flag}은(는) 수여야 하는데 {text!r}을(를) 받았습니다</translation>
    </message>
</context>
<context>
    <name>TrainExports</name>
    <message>
        <source>Save weights...</source>
        <translation>가중치 저장...</translation>
    </message>
    <message>
        <source>ONNX export</source>
        <translation>ONNX 내보내기</translation>
    </message>
    <message>
        <source>needs the optional onnx package: pip install &apos;block-studio[onnx]&apos;</source>
        <translation>Block Studio의 선택 패키지 onnx가 필요합니다: pip install &apos;block-studio[onnx]&apos;</translation>
    </message>
    <message>
        <source>exporting...</source>
        <translation>내보내기 중...</translation>
    </message>
    <message>
        <source>error: {message}</source>
        <translation>오류: {message}</translation>
    </message>
    <message>
        <source>Save the trained weights</source>
        <translation>학습한 가중치 저장</translation>
    </message>
    <message>
        <source>PyTorch state_dict (*.pt)</source>
        <translation>PyTorch state_dict 파일 (*.pt)</translation>
    </message>
    <message>
        <source>saved; loaded back: {report}</source>
        <translation>저장했습니다. 다시 불러온 결과: {report}</translation>
    </message>
    <message>
        <source>Export TorchScript</source>
        <translation>TorchScript 내보내기</translation>
    </message>
    <message>
        <source>TorchScript (*.pt)</source>
        <translation>TorchScript 파일 (*.pt)</translation>
    </message>
    <message>
        <source>reloaded</source>
        <translation>다시 불러옴</translation>
    </message>
    <message>
        <source>Export ONNX</source>
        <translation>ONNX 내보내기</translation>
    </message>
    <message>
        <source>ONNX (*.onnx)</source>
        <translation>ONNX 파일 (*.onnx)</translation>
    </message>
    <message>
        <source>checked with onnx.checker</source>
        <translation>onnx.checker로 검사함</translation>
    </message>
    <message>
        <source>Export a plain-PyTorch training script</source>
        <translation>순수 PyTorch 학습 스크립트 내보내기</translation>
    </message>
    <message>
        <source>Python (*.py)</source>
        <translation>Python 파일 (*.py)</translation>
    </message>
    <message>
        <source>wrote {path}: python {name} trains the same model on the same data</source>
        <translation>{path}에 썼습니다. python {name}을(를) 실행하면 같은 데이터로 같은 모델을 학습합니다</translation>
    </message>
    <message>
        <source>wrote {path}; {how}, outputs differ by at most {difference}</source>
        <translation>{path}에 썼습니다. {how}, 출력 차이는 최대 {difference}입니다</translation>
    </message>
</context>
<context>
    <name>TrainPanel</name>
    <message>
        <source>finished after {done} of {total} steps</source>
        <translation>{total}스텝 중 {done}스텝 뒤에 끝났습니다</translation>
    </message>
    <message>
        <source>stopped after {done} of {total} steps</source>
        <translation>{total}스텝 중 {done}스텝 뒤에 멈췄습니다</translation>
    </message>
    <message>
        <source>Confusion matrix (after a run): click a cell to see its images</source>
        <translation>혼동 행렬 (학습 뒤): 칸을 누르면 그 이미지들을 봅니다</translation>
    </message>
    <message>
        <source>Train</source>
        <translation>학습</translation>
    </message>
    <message>
        <source>folder with one subfolder per class</source>
        <translation>클래스마다 하위 폴더가 하나씩 있는 폴더</translation>
    </message>
    <message>
        <source>Browse...</source>
        <translation>찾아보기...</translation>
    </message>
    <message>
        <source>Dataset</source>
        <translation>데이터셋</translation>
    </message>
    <message>
        <source>Folder</source>
        <translation>폴더</translation>
    </message>
    <message>
        <source>Training images</source>
        <translation>학습 이미지</translation>
    </message>
    <message>
        <source>Validation images</source>
        <translation>검증 이미지</translation>
    </message>
    <message>
        <source>Optimizer</source>
        <translation>옵티마이저</translation>
    </message>
    <message>
        <source>Learning rate</source>
        <translation>학습률</translation>
    </message>
    <message>
        <source>Batch size</source>
        <translation>배치 크기</translation>
    </message>
    <message>
        <source>Epochs</source>
        <translation>에폭</translation>
    </message>
    <message>
        <source>Seed</source>
        <translation>시드</translation>
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
        <source>Start</source>
        <translation>시작</translation>
    </message>
    <message>
        <source>Stop</source>
        <translation>멈춤</translation>
    </message>
    <message>
        <source>Resume</source>
        <translation>재개</translation>
    </message>
    <message>
        <source>Dataset preview</source>
        <translation>데이터셋 미리 보기</translation>
    </message>
    <message>
        <source>First conv layer&apos;s filters (each scaled to its own range)</source>
        <translation>첫 합성곱 레이어 (Conv2d)의 필터 (각각 자기 범위에 맞춰 표시)</translation>
    </message>
    <message>
        <source>Dataset folder (one subfolder per class)</source>
        <translation>데이터셋 폴더 (클래스마다 하위 폴더 하나)</translation>
    </message>
    <message>
        <source>stopping after this step...</source>
        <translation>이 스텝이 끝나면 멈춥니다...</translation>
    </message>
    <message>
        <source>{total} training images: {counts}; {validation} for validation</source>
        <translation>학습 이미지 {total}개: {counts}; 검증용 {validation}개</translation>
    </message>
    <message>
        <source>, validation accuracy {accuracy} after epoch {epoch}</source>
        <translation>, 에폭 {epoch} 뒤 검증 정확도 {accuracy}</translation>
    </message>
    <message>
        <source>step {step} of {total} (epoch {epoch}), loss {loss}</source>
        <translation>스텝 {step}/{total} (에폭 {epoch}), 손실 {loss}</translation>
    </message>
    <message>
        <source>{speed} images/s, elapsed {elapsed}, ETA {eta}</source>
        <translation>초당 이미지 {speed}개, 경과 {elapsed}, 남은 시간 {eta}</translation>
    </message>
    <message>
        <source>; validation accuracy {accuracy}</source>
        <translation>; 검증 정확도 {accuracy}</translation>
    </message>
    <message>
        <source>error: {message}</source>
        <translation>오류: {message}</translation>
    </message>
    <message>
        <source> (save the project to keep this run with it)</source>
        <translation> (이 학습 결과를 프로젝트와 함께 남기려면 프로젝트를 저장하세요)</translation>
    </message>
    <message>
        <source> (could not keep the run beside the project: {error})</source>
        <translation> (학습 결과를 프로젝트 옆에 남기지 못했습니다: {error})</translation>
    </message>
    <message>
        <source>; kept as {meta} + {weights}</source>
        <translation>; {meta} + {weights}로 남겼습니다</translation>
    </message>
    <message>
        <source>Run the training to see the images behind each cell</source>
        <translation>각 칸에 해당하는 이미지를 보려면 학습을 실행하세요</translation>
    </message>
    <message>
        <source>correct</source>
        <translation>맞음</translation>
    </message>
    <message>
        <source>misclassified</source>
        <translation>잘못 분류됨</translation>
    </message>
    <message>
        <source>{count} {true} image(s) predicted as {predicted} ({what})</source>
        <translation>{true} 이미지 {count}개를 {predicted}(으)로 예측 ({what})</translation>
    </message>
    <message>
        <source>, first {shown} shown</source>
        <translation>, 처음 {shown}개만 표시</translation>
    </message>
    <message>
        <source>, validation accuracy {accuracy}</source>
        <translation>, 검증 정확도 {accuracy}</translation>
    </message>
    <message>
        <source>last run, kept with the project: {epochs} epoch(s)</source>
        <translation>프로젝트와 함께 남긴 지난 학습: 에폭 {epochs}번</translation>
    </message>
    <message>
        <source>preview: {counts}</source>
        <translation>미리 보기: {counts}</translation>
    </message>
</context>
<context>
    <name>TrainWorker</name>
    <message>
        <source>loading {dataset}</source>
        <translation>불러오는 중: {dataset}</translation>
    </message>
    <message>
        <source>building the model</source>
        <translation>모델을 만드는 중</translation>
    </message>
    <message>
        <source>{error} - the block cannot be built, so it cannot be trained</source>
        <translation>{error} - 블록을 만들 수 없으므로 학습할 수 없습니다</translation>
    </message>
    <message>
        <source>training</source>
        <translation>학습 중</translation>
    </message>
    <message>
        <source>activations not shown: {error}</source>
        <translation>활성화를 보여 줄 수 없습니다: {error}</translation>
    </message>
</context>
<context>
    <name>TrainedActivations</name>
    <message>
        <source>validation image {number} ({label})</source>
        <translation>검증 이미지 {number} ({label})</translation>
    </message>
    <message>
        <source>trained weights, epoch {epoch}, step {step}</source>
        <translation>학습된 가중치, 에폭 {epoch}, 스텝 {step}</translation>
    </message>
</context>
<context>
    <name>Training</name>
    <message>
        <source>the block does not take this dataset&apos;s {size} images: {error}</source>
        <translation>블록이 이 데이터셋의 {size} 이미지를 입력으로 받지 못합니다: {error}</translation>
    </message>
    <message>
        <source>the block has no layers yet: add a Conv2d to train</source>
        <translation>블록에 아직 레이어가 없습니다. 학습하려면 합성곱 레이어 (Conv2d)를 추가하세요</translation>
    </message>
    <message>
        <source>the block&apos;s output {shape} is neither (N, C, H, W) nor (N, F)</source>
        <translation>블록의 출력 {shape}이(가) (N, C, H, W)도 (N, F)도 아닙니다</translation>
    </message>
    <message>
        <source>{path}: cannot read the kept training run ({error})</source>
        <translation>{path}: 남겨 둔 학습 기록을 읽을 수 없습니다 ({error})</translation>
    </message>
    <message>
        <source>{path}: cannot read the kept weights ({error})</source>
        <translation>{path}: 남겨 둔 가중치를 읽을 수 없습니다 ({error})</translation>
    </message>
    <message>
        <source>optimizer {name} is not one of {names}</source>
        <translation>옵티마이저 {name}은(는) {names} 중 하나가 아닙니다</translation>
    </message>
    <message>
        <source>schedule {name} is not one of {names}</source>
        <translation>스케줄 {name}은(는) {names} 중 하나가 아닙니다</translation>
    </message>
    <message>
        <source>learning rate must be above 0 and at most 10, got {value}</source>
        <translation>학습률은 0보다 크고 10 이하여야 합니다. 받은 값: {value}</translation>
    </message>
    <message>
        <source>batch size must be from 1 to 4096, got {value}</source>
        <translation>배치 크기는 1에서 4096 사이여야 합니다. 받은 값: {value}</translation>
    </message>
    <message>
        <source>epochs must be from 1 to {limit}, got {value}</source>
        <translation>에폭 수는 1에서 {limit} 사이여야 합니다. 받은 값: {value}</translation>
    </message>
    <message>
        <source>threads must be from 1 to 1024, got {value}</source>
        <translation>스레드 수는 1에서 1024 사이여야 합니다. 받은 값: {value}</translation>
    </message>
    <message>
        <source>seed must be a whole number from 0 to 2**63 - 1, got {value}</source>
        <translation>시드는 0에서 2**63 - 1 사이의 정수여야 합니다. 받은 값: {value}</translation>
    </message>
    <message>
        <source>batch size {batch} is larger than the {count} training images; use a smaller batch or more images</source>
        <translation>배치 크기 {batch}가 학습 이미지 수 {count}보다 큽니다. 배치를 줄이거나 이미지를 늘리세요</translation>
    </message>
    <message>
        <source>training images are {train}, validation images {val}</source>
        <translation>학습 이미지는 {train}, 검증 이미지는 {val}입니다</translation>
    </message>
    <message>
        <source>step {step} failed: {error}</source>
        <translation>스텝 {step}에서 실패했습니다: {error}</translation>
    </message>
</context>
<context>
    <name>TrainingCurves</name>
    <message>
        <source>loss</source>
        <translation>손실</translation>
    </message>
    <message>
        <source>accuracy</source>
        <translation>정확도</translation>
    </message>
    <message>
        <source>train (batch)</source>
        <translation>학습 (배치)</translation>
    </message>
    <message>
        <source>validation</source>
        <translation>검증</translation>
    </message>
    <message>
        <source>step</source>
        <translation>스텝</translation>
    </message>
</context>
</TS>
